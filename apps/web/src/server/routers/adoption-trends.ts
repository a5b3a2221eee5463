import type { ResourceSpan } from './adoption-presence.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
const YEAR_MS = 365.2425 * DAY_MS;

/** Interval size for the window: a few dozen to a few hundred points whatever its length. */
export const pickBucketMs = (spanMs: number): number => {
  if (spanMs <= 6 * HOUR_MS) return 15 * MINUTE_MS;
  if (spanMs <= 2 * DAY_MS) return HOUR_MS;
  if (spanMs <= 14 * DAY_MS) return 6 * HOUR_MS;
  if (spanMs <= 120 * DAY_MS) return DAY_MS;
  return 7 * DAY_MS;
};

/** Interval starts from the window's start (floored to the size, in UTC) to its end. */
export const bucketStarts = (fromMs: number, toMs: number, bucketMs: number): number[] => {
  const starts: number[] = [];
  for (let start = Math.floor(fromMs / bucketMs) * bucketMs; start <= toMs; start += bucketMs) {
    starts.push(start);
  }

  return starts;
};

export type PresenceCounts = { instances: number[]; workloads: number[] };

/**
 * Per paradigm and interval: resources whose data span overlaps the interval (instances) and
 * distinct workload names among them (workloads). A resource stays present for `lookbackMs`
 * after its last sample, as a scraped target stays up between scrapes.
 */
export const countPresence = (
  spans: readonly ResourceSpan[],
  starts: readonly number[],
  bucketMs: number,
  lookbackMs: number,
): Map<string, PresenceCounts> => {
  const first = starts[0] ?? 0;
  const instances = new Map<string, number[]>();
  const workloads = new Map<string, Set<string>[]>();
  for (const span of spans) {
    const fromIndex = Math.max(
      0,
      Math.floor((Number(span.firstNs / 1_000_000n) - first) / bucketMs),
    );
    const toIndex = Math.min(
      starts.length - 1,
      Math.floor((Number(span.lastNs / 1_000_000n) + lookbackMs - first) / bucketMs),
    );
    if (toIndex < fromIndex) continue;
    const counts = instances.get(span.paradigm) ?? starts.map(() => 0);
    const names = workloads.get(span.paradigm) ?? starts.map(() => new Set<string>());
    for (let index = fromIndex; index <= toIndex; index++) {
      counts[index] = (counts[index] ?? 0) + 1;
      if (span.workload !== null) names[index]?.add(span.workload);
    }
    instances.set(span.paradigm, counts);
    workloads.set(span.paradigm, names);
  }

  return new Map(
    [...instances].map(([paradigm, counts]) => [
      paradigm,
      {
        instances: counts,
        workloads: (workloads.get(paradigm) ?? []).map((names) => names.size),
      },
    ]),
  );
};

/** Each count as a fraction of the interval's total; null where the fleet had nothing. */
export const sharesOf = (counts: readonly number[], totals: readonly number[]): (number | null)[] =>
  counts.map((count, index) => {
    const total = totals[index] ?? 0;
    return total > 0 ? count / total : null;
  });

export const totalsOf = (series: readonly (readonly number[])[], length: number): number[] =>
  Array.from({ length }, (_, index) =>
    series.reduce((sum, counts) => sum + (counts[index] ?? 0), 0),
  );

export type Growth = {
  first: number;
  last: number;
  /** Share of the fleet in the first and last interval, 0 to 1. */
  firstShare: number | null;
  lastShare: number | null;
  /** last / first - 1 over the window; null when the paradigm was absent at first. */
  change: number | null;
  /** The same change compounded to a year; null for windows under a day. */
  annualised: number | null;
};

/** Windows shorter than this are too noisy to project over a year. */
const MIN_ANNUALISED_MS = DAY_MS;

/**
 * Growth from the first to the last interval in which the fleet had any data (a window that
 * reaches back before the first sample compares real intervals, not an empty one).
 */
export const growthOf = (
  counts: readonly number[],
  totals: readonly number[],
  bucketMs: number,
): Growth | null => {
  const firstIndex = totals.findIndex((total) => total > 0);
  const lastIndex = totals.findLastIndex((total) => total > 0);
  if (firstIndex < 0) return null;
  const first = counts[firstIndex] ?? 0;
  const last = counts[lastIndex] ?? 0;
  const shares = sharesOf(counts, totals);
  const change = first > 0 && lastIndex > firstIndex ? last / first - 1 : null;
  const spanMs = (lastIndex - firstIndex) * bucketMs;
  const annualised =
    change !== null && spanMs >= MIN_ANNUALISED_MS ? (1 + change) ** (YEAR_MS / spanMs) - 1 : null;

  return {
    first,
    last,
    firstShare: shares[firstIndex] ?? null,
    lastShare: shares[lastIndex] ?? null,
    change,
    annualised: annualised !== null && Number.isFinite(annualised) ? annualised : null,
  };
};
