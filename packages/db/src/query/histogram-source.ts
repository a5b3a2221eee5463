import type Database from 'better-sqlite3';

import type { BucketGrid } from './buckets.ts';
import { bucketOf } from './buckets.ts';
import { createGroupCells } from './group-cells.ts';
import type { Group } from './group-cells.ts';
import { PERCENTILES, histogramQuantile, isPercentile } from './percentiles.ts';
import { pairGapMs } from './spacing.ts';
import type { Agg, RangeSeries } from './types.ts';

/** Observations of one step: per-bucket counts (non-cumulative, +Inf last), count and sum. */
export type HistogramDelta = { bounds: number[]; counts: number[]; count: number; sum: number };

type HistogramRow = [
  offsetMs: number,
  count: number,
  sum: number | null,
  bounds: string,
  bucketCounts: string,
  temporality: string,
];

/** Per-series reader of histogram_sample rows in the grid: a primary-key range seek each. */
export const createHistogramReader = (db: Database.Database, grid: BucketGrid) => {
  const statement = db
    .prepare<Record<string, unknown>, HistogramRow>(
      'SELECT (ts - @from) / 1000000, count, sum, bounds, bucket_counts, temporality ' +
        'FROM histogram_sample WHERE series_id = @id AND ts >= @from AND ts <= @to ORDER BY ts',
    )
    .raw(true)
    .safeIntegers(false);
  const params = { from: grid.readFromNs, to: grid.toNs };
  const boundsCache = new Map<string, number[]>();
  const parseBounds = (text: string): number[] => {
    let bounds = boundsCache.get(text);
    if (bounds === undefined) {
      bounds = parseNumbers(text);
      boundsCache.set(text, bounds);
    }

    return bounds;
  };

  return (seriesId: number) =>
    statement.all({ ...params, id: seriesId }).map((row) => ({
      bucket: bucketOf(grid, row[0]),
      offset: row[0],
      layout: row[3],
      temporality: row[5],
      delta: {
        bounds: parseBounds(row[3]),
        counts: parseNumbers(row[4]),
        count: row[1],
        sum: row[2] ?? Number.NaN,
      },
    }));
};

export type HistogramPoint = ReturnType<ReturnType<typeof createHistogramReader>>[number];

const parseNumbers = (text: string): number[] => {
  const parsed: unknown = JSON.parse(text);

  return Array.isArray(parsed) ? parsed.map(Number) : [];
};

/**
 * Observations of one histogram series per step:
 * - delta temporality: each point is already the observations since the previous point;
 * - cumulative: the increase between consecutive points, added to the step of the later one;
 *   a drop in count or in any bucket, or a change of bucket layout, means a reset and the new
 *   point counts from zero; points further apart than `maxGapMs` (or 2.5 times the series'
 *   usual spacing where that is longer, see pairGapMs) add nothing, and the first point read
 *   has nothing to subtract from.
 */
export const histogramIncreases = (
  points: readonly HistogramPoint[],
  grid: BucketGrid,
  maxGapMs: number,
  sink: (bucket: number, delta: HistogramDelta) => void,
): void => {
  const gapMs = pairGapMs(
    points.map((point) => point.offset),
    maxGapMs,
  );
  let previous: HistogramPoint | undefined;
  for (const point of points) {
    const inGrid = point.bucket >= 0 && point.bucket < grid.count;
    if (point.temporality === 'delta') {
      if (inGrid) sink(point.bucket, point.delta);
      continue;
    }
    if (previous !== undefined && inGrid && point.offset - previous.offset <= gapMs) {
      sink(point.bucket, increase(previous, point));
    }
    previous = point;
  }
};

const increase = (previous: HistogramPoint, current: HistogramPoint): HistogramDelta => {
  const before = previous.delta;
  const after = current.delta;
  const reset =
    previous.layout !== current.layout ||
    after.count < before.count ||
    after.counts.some((count, i) => count < (before.counts[i] ?? 0));
  if (reset) return after;

  return {
    bounds: after.bounds,
    counts: after.counts.map((count, i) => count - (before.counts[i] ?? 0)),
    count: after.count - before.count,
    sum: after.sum - before.sum,
  };
};

type Cell = { byBound: Map<number, number>; count: number; sum: number };

/**
 * Sums histogram observations per group and step. Buckets are merged by upper bound, as
 * PromQL's `sum by (le)` does, so series with different layouts still combine.
 */
export const createHistogramAccumulator = () => {
  const cells = createGroupCells<Cell>();
  const empty = (): Cell => ({ byBound: new Map(), count: 0, sum: 0 });

  const add = (group: Group, bucket: number, delta: HistogramDelta): void => {
    const cell = cells.cell(group, bucket, empty);
    let cumulative = 0;
    for (let i = 0; i < delta.counts.length; i++) {
      cumulative += delta.counts[i] ?? 0;
      const bound = i < delta.bounds.length ? (delta.bounds[i] ?? Infinity) : Infinity;
      cell.byBound.set(bound, (cell.byBound.get(bound) ?? 0) + cumulative);
    }
    cell.count += delta.count;
    cell.sum += delta.sum;
  };

  /**
   * p50/p95/p99: histogram_quantile over the step's merged buckets; avg: sum / count;
   * sum, count: of the observations; rate: observations per second of step. min and max cannot
   * be known from buckets and yield no points.
   */
  const finish = (agg: Agg, grid: BucketGrid): RangeSeries[] =>
    cells.toSeries(grid, (cell) => cellValue(agg, cell, grid));

  return { add, finish };
};

const cellValue = (agg: Agg, cell: Cell, grid: BucketGrid): number => {
  if (isPercentile(agg)) {
    const buckets = [...cell.byBound.entries()].map(([upperBound, count]) => ({
      upperBound,
      count,
    }));

    return histogramQuantile(PERCENTILES[agg], buckets);
  }
  switch (agg) {
    case 'avg':
      return cell.count > 0 ? cell.sum / cell.count : Number.NaN;
    case 'sum':
      return cell.sum;
    case 'count':
      return cell.count;
    case 'rate':
      return cell.count / (grid.stepMs / 1000);
    case 'min':
    case 'max':
      return Number.NaN;
  }
};
