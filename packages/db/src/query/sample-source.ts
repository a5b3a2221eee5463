import type Database from 'better-sqlite3';

import type { BucketGrid } from './buckets.ts';
import { makeGrid, toMs } from './buckets.ts';
import { lastPerStep, valuesPerStep } from './gauge.ts';
import type { Group } from './group-cells.ts';
import { ALL, createAccumulator } from './group.ts';
import { isPercentile } from './percentiles.ts';
import { ROW_WIDTH_NS, createBatchReader, createBucketSeeker } from './point-reader.ts';
import { ratePerStep } from './rate.ts';
import type { SelectedSeries } from './series-groups.ts';
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
 * Aggregates gauge and counter series per group and step, reading many series per statement
 * (see createBatchReader):
 * - avg / sum / min / max / count: over the series' step values (see lastPerStep), so `count`
 *   is the number of series with a current value, as PromQL's count(); a rollup row counts as
 *   current for the whole minute or hour it covers (steps finer than the row width on old
 *   data repeat its last value), never beyond. A series with more than two rows per step is
 *   read with one seek per step instead (see createBucketSeeker);
 * - rate: per-series rates (see ratePerStep), summed per group;
 * - p50 / p95 / p99: over every sample value in the step for gauges (rollup resolutions: the
 *   rows' last values), over the per-series rates for counters.
 * Series are aggregated in their selection order, so sums add up in the same order each time.
 */
export const querySamples = (
  db: Database.Database,
  series: SelectedSeries,
  query: SampleQuery,
  resolution: Resolution,
  /** How step values are read; 'auto' picks per series by its row count (tests force one). */
  strategy: 'auto' | 'scan' | 'seek' = 'auto',
): RangeSeries[] => {
  const grid = sampleGrid(query, resolution);
  const counters = query.agg === 'rate' || isPercentile(query.agg);
  const read = createBatchReader(db, resolution, grid, counters);
  const accumulator = createAccumulator(isPercentile(query.agg));
  // A rollup row stands for its whole minute or hour, and no longer: rollups have no stale
  // markers, so carrying rows further would keep series that ended alive.
  const windowMs = toMs(
    maxBigint(query.stepNs, resolution === 'raw' ? query.lookbackNs : ROW_WIDTH_NS[resolution]),
  );
  const gapMs = toMs(maxGap(query, resolution));
  // One sink for every series; `group` is the current series' group.
  let group: Group = ALL;
  const sink = (bucket: number, value: number): void => accumulator.add(group, bucket, value);
  const { ids, groups } = series;

  if (!isPercentile(query.agg) && query.agg !== 'rate') {
    const seek = createBucketSeeker(db, resolution, grid, BigInt(windowMs) * 1_000_000n);
    const seekSeries = (index: number): void => {
      group = groups[index] as Group;
      seek(ids[index] as number).forEach((value, bucket) => {
        if (value !== null) sink(bucket, value);
      });
    };
    if (strategy === 'seek') {
      ids.forEach((_, index) => seekSeries(index));
    } else {
      // Reading one row more than the seek threshold tells the dense series apart.
      const maxRows = strategy === 'scan' ? Infinity : SEEK_ROWS_PER_STEP * grid.count + 1;
      read(ids, maxRows, (index, rows) => {
        if (rows.offsets.length >= maxRows) {
          seekSeries(index);
        } else {
          group = groups[index] as Group;
          lastPerStep(rows, grid, windowMs, sink);
        }
      });
    }
  } else {
    read(ids, Infinity, (index, rows) => {
      group = groups[index] as Group;
      if (query.agg === 'rate' || series.counters[index] === true) {
        ratePerStep(rows, grid, gapMs, sink);
      } else {
        valuesPerStep(rows, grid, sink);
      }
    });
  }

  return accumulator.finish(query.agg, grid);
};
