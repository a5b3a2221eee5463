/** Human units for KPI values: seconds, bytes, ratios and plain counts. */
export const formatValue = (value: number | null | undefined, unit?: string): string => {
  if (value === null || value === undefined) return '–';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  switch (unit) {
    case 'seconds':
      return formatSeconds(value);
    case 'bytes':
      return formatBytes(value);
    case 'ratio':
      return `${(value * 100).toFixed(value * 100 >= 10 ? 0 : 1)} %`;
    case 'joules':
      return value >= 1000 ? `${(value / 1000).toFixed(2)} kJ` : `${value.toFixed(2)} J`;
    default:
      return formatNumber(value);
  }
};

export const formatSeconds = (seconds: number): string => {
  const abs = Math.abs(seconds);
  if (abs === 0) return '0 s';
  if (abs < 1e-3) return `${(seconds * 1e6).toFixed(0)} µs`;
  if (abs < 1) return `${(seconds * 1e3).toFixed(abs < 0.01 ? 2 : 0)} ms`;
  if (abs < 120) return `${seconds.toFixed(2)} s`;
  return `${(seconds / 60).toFixed(1)} min`;
};

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export const formatBytes = (bytes: number): string => {
  let value = bytes;
  let index = 0;
  while (Math.abs(value) >= 1024 && index < BYTE_UNITS.length - 1) {
    value /= 1024;
    index += 1;
  }
  return `${value.toFixed(index === 0 ? 0 : 1)} ${BYTE_UNITS[index]}`;
};

export const formatNumber = (value: number): string => {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${(value / 1e9).toFixed(2)} G`;
  if (abs >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (abs >= 1e4) return `${(value / 1e3).toFixed(1)} k`;
  if (abs >= 100 || Number.isInteger(value)) return value.toFixed(0);
  return value.toPrecision(3);
};

export const formatTime = (ms: number | null, locale: string): string =>
  ms === null
    ? '–'
    : new Date(ms).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
        dateStyle: 'short',
        timeStyle: 'medium',
      });

/** "12 s ago", for last-seen columns. */
export const formatAgo = (ms: number | null, nowMs: number): string => {
  if (ms === null) return '–';
  const seconds = Math.max(0, Math.round((nowMs - ms) / 1000));
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} d`;
};
