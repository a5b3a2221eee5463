import type Database from 'better-sqlite3';

import type { BucketGrid } from './buckets.ts';
import { makeGrid, toMs } from './buckets.ts';
import { lastPerStep, valuesPerStep } from './gauge.ts';
import { createAccumulator, groupOf } from './group.ts';
import { isPercentile } from './percentiles.ts';
import {
  ROW_WIDTH_NS,
  createBucketSeeker,
  createRowCounter,
  createScanReader,
} from './point-reader.ts';
import { ratePerStep } from './rate.ts';
import type { SeriesMeta } from './series-filter.ts';
import { maxBigint } from './time.ts';
import type { Agg, RangeSeries, Resolution } from './types.ts';

export type SampleQuery = {
  fromNs: bigint;
  toNs: bigint;
  stepNs: bigint;
  agg: Agg;
  by: string | undefined;
  lookbackNs: bigint;
};

/** Longest gap a counter pair may span; also how far before the range reads begin. */
export const maxGap = (query: SampleQuery, resolution: Resolution): bigint =>
  maxBigint(query.stepNs, query.lookbackNs, ROW_WIDTH_NS[resolution]);

/**
 * The grid of a float-sample query: reads reach back far enough for the lookback of gauges
 * and for the previous sample of a counter's first pair in the range.
 */
export const sampleGrid = (query: SampleQuery, resolution: Resolution): BucketGrid =>
  makeGrid(query.fromNs, query.toNs, query.stepNs, maxGap(query, resolution));

/** Above this many rows per step, per-step seeks beat reading every row. */
const SEEK_ROWS_PER_STEP = 2;

/**
 * Aggregates gauge and counter series per group and step, reading each series with its own
 * primary-key range seeks:
 * - avg / sum / min / max / count: over the series' step values (see lastPerStep), so `count`
 *   is the number of series with a current value, as PromQL's count(); a rollup row counts as
 *   current for the whole minute or hour it covers (steps finer than the row width on old
 *   data repeat its last value), never beyond;
 * - rate: per-series rates (see ratePerStep), summed per group;
 * - p50 / p95 / p99: over every sample value in the step for gauges (rollup resolutions: the
 *   rows' last values), over the per-series rates for counters.
 */
export const querySamples = (
  db: Database.Database,
  series: readonly SeriesMeta[],
  query: SampleQuery,
  resolution: Resolution,
  /** How step values are read; 'auto' picks per series by its row count (tests force one). */
  strategy: 'auto' | 'scan' | 'seek' = 'auto',
): RangeSeries[] => {
  const grid = sampleGrid(query, resolution);
  const counters = query.agg === 'rate' || isPercentile(query.agg);
  const scan = createScanReader(db, resolution, grid, counters);
  const accumulator = createAccumulator(isPercentile(query.agg));
  // A rollup row stands for its whole minute or hour, and no longer: rollups have no stale
  // markers, so carrying rows further would keep series that ended alive.
  const windowMs = toMs(
    maxBigint(query.stepNs, resolution === 'raw' ? query.lookbackNs : ROW_WIDTH_NS[resolution]),
  );
  const gapMs = toMs(maxGap(query, resolution));
  const lastValues = !isPercentile(query.agg) && query.agg !== 'rate';
  const count = createRowCounter(db, resolution, grid);
  const seek = createBucketSeeker(db, resolution, grid, BigInt(windowMs) * 1_000_000n);
  for (const meta of series) {
    const group = groupOf(meta, query.by);
    const sink = (bucket: number, value: number): void => accumulator.add(group, bucket, value);
    if (lastValues) {
      const rows = strategy === 'auto' ? count(meta.id) : 1;
      if (rows === 0) continue;
      if (strategy === 'seek' || (strategy === 'auto' && rows > SEEK_ROWS_PER_STEP * grid.count)) {
        seek(meta.id).forEach((value, bucket) => {
          if (value !== null) sink(bucket, value);
        });
      } else {
        lastPerStep(scan(meta.id), grid, windowMs, sink);
      }
    } else if (query.agg === 'rate' || meta.kind === 'counter') {
      ratePerStep(scan(meta.id), grid, gapMs, sink);
    } else {
      valuesPerStep(scan(meta.id), grid, sink);
    }
  }

  return accumulator.finish(query.agg, grid);
};
