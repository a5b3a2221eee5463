import { formatNumber } from '@/client/format.ts';

/** 0.172 → "17.2 %". */
export const formatShare = (fraction: number | null): string =>
  fraction === null ? '–' : `${(fraction * 100).toFixed(1)} %`;

/**
 * A relative change: "+50 %", "−12 %"; beyond +1000 % as a multiple ("×38"), which reads
 * better for the compounding of short windows.
 */
export const formatGrowth = (change: number | null): string => {
  if (change === null) return '–';
  if (change >= 10) return `×${formatNumber(1 + change)}`;
  const percent = change * 100;
  const text = Math.abs(percent) >= 10 ? percent.toFixed(0) : percent.toFixed(1);
  return percent > 0 ? `+${text} %` : percent < 0 ? `−${text.replace('-', '')} %` : '0 %';
};

export const formatInterval = (ms: number): string =>
  ms < 3_600_000
    ? `${ms / 60_000} min`
    : ms < 86_400_000
      ? `${ms / 3_600_000} h`
      : `${ms / 86_400_000} d`;
