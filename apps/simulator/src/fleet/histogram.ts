import { logNormalCdf, logNormalMean } from './distributions.ts';
import type { LatencyProfile, StartupProfile } from './types.ts';

/** A distribution as the renderers need it: its CDF for buckets, its mean for sums. */
export type Distribution = { readonly cdf: (x: number) => number; readonly mean: number };

const logNormals = new WeakMap<LatencyProfile, Distribution>();

/** One Distribution per profile object, so per-distribution memos (quantiles) hit. */
export const logNormalOf = (profile: LatencyProfile): Distribution => {
  let dist = logNormals.get(profile);
  if (dist === undefined) {
    const { median, sigma } = profile;
    dist = { cdf: (x) => logNormalCdf(x, median, sigma), mean: logNormalMean(median, sigma) };
    logNormals.set(profile, dist);
  }

  return dist;
};

/** The main log-normal mixed with the same shape `tailFactor` times slower. */
export const startupOf = (profile: StartupProfile): Distribution => {
  const { median, sigma, tailChance, tailFactor } = profile;
  const tailMedian = median * tailFactor;

  return {
    cdf: (x) =>
      (1 - tailChance) * logNormalCdf(x, median, sigma) +
      tailChance * logNormalCdf(x, tailMedian, sigma),
    mean:
      (1 - tailChance) * logNormalMean(median, sigma) +
      tailChance * logNormalMean(tailMedian, sigma),
  };
};

/** Observations counted while a scale factor (a scenario's slowdown) held. */
export type Segment = { readonly count: number; readonly factor: number };

/** A cumulative histogram: counts per upper bound (the +Inf bucket is `count`). */
export type CumulativeHistogram = {
  readonly bounds: readonly number[];
  readonly cumulative: readonly number[];
  readonly count: number;
  readonly sum: number;
};

/**
 * Expected bucket counts of `segments` observations of `dist`, each segment scaled by its
 * factor, floored so that counts are integers and never decrease between two renders.
 */
export const toCumulativeHistogram = (
  segments: readonly Segment[],
  dist: Distribution,
  bounds: readonly number[],
): CumulativeHistogram => {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  const count = Math.floor(total);
  const cumulative = bounds.map((bound) =>
    Math.min(
      count,
      Math.floor(
        segments.reduce((sum, { count: n, factor }) => sum + n * dist.cdf(bound / factor), 0),
      ),
    ),
  );
  const sum = segments.reduce((acc, { count: n, factor }) => acc + n * dist.mean * factor, 0);

  return { bounds, cumulative, count, sum: total > 0 ? (sum * count) / total : 0 };
};

/** Per-bucket (non-cumulative) counts, as OTLP histograms carry them; last is +Inf. */
export const toBucketCounts = (histogram: CumulativeHistogram): number[] => {
  const counts: number[] = [];
  let previous = 0;
  for (const value of histogram.cumulative) {
    counts.push(value - previous);
    previous = value;
  }
  counts.push(histogram.count - previous);

  return counts;
};

const quantiles = new WeakMap<Distribution, Map<number, number>>();

/** Quantiles of a distribution by bisection on its CDF (summaries), memoized per distribution. */
export const quantileOf = (dist: Distribution, q: number, factor = 1): number => {
  let known = quantiles.get(dist);
  if (known === undefined) {
    known = new Map();
    quantiles.set(dist, known);
  }
  const cached = known.get(q);
  if (cached !== undefined) return cached * factor;
  let low = 0;
  let high = 1;
  while (dist.cdf(high) < q) high *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (dist.cdf(mid) < q) low = mid;
    else high = mid;
  }
  known.set(q, high);

  return high * factor;
};
