/** Percentile aggregations and the quantile they compute. */
export const PERCENTILES = { p50: 0.5, p95: 0.95, p99: 0.99 } as const;

export type PercentileAgg = keyof typeof PERCENTILES;

export const isPercentile = (agg: string): agg is PercentileAgg => Object.hasOwn(PERCENTILES, agg);

/**
 * Exact q-quantile of a sample, as PromQL's quantile() and quantile_over_time() compute it
 * (numpy's default "linear" method): rank = q·(n−1), interpolated linearly between the two
 * closest ranks. For the values 1..100, p95 is 95.05. NaN when empty.
 */
export const quantile = (q: number, values: readonly number[]): number => {
  if (values.length === 0 || Number.isNaN(q)) return Number.NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  // Typed arrays sort numerically without a comparator callback: several times faster.
  const sorted = Float64Array.from(values).sort();
  const rank = q * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const weight = rank - lower;

  return (sorted[lower] ?? Number.NaN) * (1 - weight) + (sorted[upper] ?? Number.NaN) * weight;
};

/** One histogram bucket: observations ≤ upperBound, cumulative over the lower buckets. */
export type CumulativeBucket = { upperBound: number; count: number };

/**
 * PromQL's histogram_quantile(): finds the bucket holding rank q·total and interpolates
 * linearly inside it, assuming observations spread evenly across the bucket. The lowest
 * bucket starts at 0 (or is returned as is when its bound is ≤ 0); a rank in the +Inf bucket
 * returns the highest finite bound. Bounds are merged and counts forced monotonic first, as
 * Prometheus does for buckets summed across series. NaN without observations or +Inf bucket.
 */
export const histogramQuantile = (q: number, input: readonly CumulativeBucket[]): number => {
  if (Number.isNaN(q)) return Number.NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  const buckets = coalesce(input);
  const last = buckets[buckets.length - 1];
  if (buckets.length < 2 || last === undefined || last.upperBound !== Infinity) return Number.NaN;
  for (let i = 1; i < buckets.length; i++) {
    const previous = buckets[i - 1] as CumulativeBucket;
    const bucket = buckets[i] as CumulativeBucket;
    if (bucket.count < previous.count) bucket.count = previous.count;
  }
  const observations = last.count;
  if (!(observations > 0)) return Number.NaN;
  let rank = q * observations;
  const index = buckets.findIndex((bucket) => bucket.count >= rank);
  if (index === buckets.length - 1) return (buckets[index - 1] as CumulativeBucket).upperBound;
  const bucket = buckets[index] as CumulativeBucket;
  if (index === 0 && bucket.upperBound <= 0) return bucket.upperBound;
  let start = 0;
  let count = bucket.count;
  if (index > 0) {
    const below = buckets[index - 1] as CumulativeBucket;
    start = below.upperBound;
    count -= below.count;
    rank -= below.count;
  }

  return start + (bucket.upperBound - start) * (rank / count);
};

/** Sorted copy with equal bounds summed. */
const coalesce = (input: readonly CumulativeBucket[]): CumulativeBucket[] => {
  const sorted = [...input].sort((a, b) => a.upperBound - b.upperBound);
  const merged: CumulativeBucket[] = [];
  for (const bucket of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.upperBound === bucket.upperBound) last.count += bucket.count;
    else merged.push({ upperBound: bucket.upperBound, count: bucket.count });
  }

  return merged;
};
