import type { BucketGrid } from './buckets.ts';
import { bucketEndMs, bucketOf } from './buckets.ts';
import type { SeriesRows } from './point-reader.ts';

export type BucketSink = (bucket: number, value: number) => void;

/**
 * A series' value in each step, for avg/sum/min/max/count across series: the newest row
 * before the end of the step, if it is at most `windowMs` old (the step itself, or the
 * lookback when that is longer). Rules:
 * - NaN samples are never read, so they never reach an aggregation;
 * - a stale marker ends the series: steps whose newest sample is a stale marker get nothing,
 *   until the next real sample;
 * - ±Infinity is a real value and is aggregated as such.
 * createBucketSeeker computes the same thing inside SQLite, one seek per step.
 */
export const lastPerStep = (
  rows: SeriesRows,
  grid: BucketGrid,
  windowMs: number,
  sink: BucketSink,
): void => {
  const { offsets, values } = rows;
  let next = 0;
  let current = -1;
  for (let bucket = 0; bucket < grid.count; bucket++) {
    const endMs = bucketEndMs(grid, bucket);
    while (next < offsets.length && (offsets[next] as number) < endMs) current = next++;
    const value = current < 0 ? null : values[current];
    if (value !== null && value !== undefined && (offsets[current] as number) >= endMs - windowMs) {
      sink(bucket, value);
      continue;
    }
    // Nothing current: jump to the bucket of the next row.
    if (next >= offsets.length) return;
    bucket = Math.max(bucket, bucketOf(grid, offsets[next] as number) - 1);
  }
};

/**
 * Every sample value inside each step (stale markers skipped), for percentiles over gauge
 * samples: the combined quantile_over_time of the group's series.
 */
export const valuesPerStep = (rows: SeriesRows, grid: BucketGrid, sink: BucketSink): void => {
  const { offsets, values } = rows;
  for (let i = 0; i < offsets.length; i++) {
    const bucket = bucketOf(grid, offsets[i] as number);
    const value = values[i];
    if (bucket >= 0 && bucket < grid.count && value !== null && value !== undefined) {
      sink(bucket, value);
    }
  }
};
