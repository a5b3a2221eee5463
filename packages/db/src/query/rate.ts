import type { BucketGrid } from './buckets.ts';
import { bucketOf } from './buckets.ts';
import type { BucketSink } from './gauge.ts';
import type { SeriesRows } from './point-reader.ts';
import { pairGapMs } from './spacing.ts';

/**
 * Per-second rate of one counter series in each step, PromQL-style but without
 * extrapolation:
 * - every pair of consecutive samples adds its increase to the step of the later sample; the
 *   rate is the sum of increases divided by the time those pairs span, so a steady counter
 *   gives its exact rate whatever the scrape interval or alignment;
 * - a drop means the counter reset (restart): the pair's increase is the new value, counted
 *   from zero;
 * - pairs further apart than `maxGapMs`, or than 2.5 times the series' usual spacing where that
 *   is longer (see pairGapMs), and pairs across a stale marker add nothing;
 * - NaN and ±Infinity samples are skipped.
 * At rollup resolution the rows are per-bucket last values; a reset is also seen when a
 * bucket's min is below the previous last, and its increase is then the bucket's last value
 * (a lower bound when the counter also grew before the reset inside that bucket).
 */
export const ratePerStep = (
  rows: SeriesRows,
  grid: BucketGrid,
  maxGapMs: number,
  sink: BucketSink,
): void => {
  const { offsets, values, mins } = rows;
  const gapMs = pairGapMs(offsets, maxGapMs);
  let previousValue = Number.NaN;
  let previousOffset = Number.NaN;
  let bucket = Number.NaN;
  let increase = 0;
  let span = 0;
  for (let i = 0; i < offsets.length; i++) {
    const value = values[i];
    const offset = offsets[i] as number;
    if (value === null || value === undefined) {
      previousValue = Number.NaN;
      continue;
    }
    if (!Number.isFinite(value)) continue;
    const rowBucket = bucketOf(grid, offset);
    if (rowBucket !== bucket) {
      flush(grid, bucket, increase, span, sink);
      bucket = rowBucket;
      increase = 0;
      span = 0;
    }
    if (!Number.isNaN(previousValue) && offset - previousOffset <= gapMs) {
      const min = mins?.[i] ?? value;
      const reset = value < previousValue || min < previousValue;
      increase += reset ? value : value - previousValue;
      span += offset - previousOffset;
    }
    previousValue = value;
    previousOffset = offset;
  }
  flush(grid, bucket, increase, span, sink);
};

/** The rate of one step, when its pairs span any time and the step is inside the grid. */
const flush = (
  grid: BucketGrid,
  bucket: number,
  increase: number,
  span: number,
  sink: BucketSink,
): void => {
  if (span > 0 && bucket >= 0 && bucket < grid.count) sink(bucket, increase / (span / 1000));
};
