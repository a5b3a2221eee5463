import type { BucketGrid } from './buckets.ts';
import { bucketOf } from './buckets.ts';
import { createGroupCells } from './group-cells.ts';
import type { Group } from './group-cells.ts';
import type { HistogramRows } from './histogram-reader.ts';
import { PERCENTILES, histogramQuantile, isPercentile } from './percentiles.ts';
import type { CumulativeBucket } from './percentiles.ts';
import { pairGapMs } from './spacing.ts';
import type { Agg, RangeSeries } from './types.ts';

/**
 * Observations of one histogram series per step, passed to `sink` as rows of `rows`: the
 * observations of step `bucket` are those of row `row`, minus those of row `base` unless it
 * is -1:
 * - delta temporality: each point is already the observations since the previous point;
 * - cumulative: the increase between consecutive points, added to the step of the later one;
 *   a drop in count or in any bucket, or a change of bucket layout, means a reset and the new
 *   point counts from zero; points further apart than `maxGapMs` (or 2.5 times the series'
 *   usual spacing where that is longer, see pairGapMs) add nothing, and the first point read
 *   has nothing to subtract from.
 */
export const histogramIncreases = (
  rows: HistogramRows,
  grid: BucketGrid,
  maxGapMs: number,
  sink: (bucket: number, row: number, base: number) => void,
): void => {
  const { offsets, delta } = rows;
  const gapMs = pairGapMs(offsets, maxGapMs);
  let previous = -1;
  for (let row = 0; row < offsets.length; row++) {
    const offset = offsets[row] as number;
    const bucket = bucketOf(grid, offset);
    const inGrid = bucket >= 0 && bucket < grid.count;
    if (delta[row] === true) {
      if (inGrid) sink(bucket, row, -1);
      continue;
    }
    if (previous >= 0 && inGrid && offset - (offsets[previous] as number) <= gapMs) {
      sink(bucket, row, isReset(rows, previous, row) ? -1 : previous);
    }
    previous = row;
  }
};

const isReset = (rows: HistogramRows, before: number, after: number): boolean => {
  const earlier = rows.buckets[before] as number[];

  return (
    rows.layouts[before] !== rows.layouts[after] ||
    (rows.counts[after] as number) < (rows.counts[before] as number) ||
    (rows.buckets[after] as number[]).some((count, i) => count < (earlier[i] ?? 0))
  );
};

/**
 * A step's merged buckets: per upper bound, the cumulative count. Cells whose deltas all share
 * one plain layout (finite, strictly increasing bounds, one count per bound and +Inf) keep the
 * counts in an array by bucket index; any other layout switches the cell to a map by bound,
 * holding the same sums added in the same order.
 */
type Cell = {
  bounds: readonly number[] | null;
  totals: number[] | null;
  byBound: Map<number, number> | null;
  count: number;
  sum: number;
};

const plainLayouts = new WeakMap<readonly number[], boolean>();

const isPlain = (bounds: readonly number[]): boolean => {
  let plain = plainLayouts.get(bounds);
  if (plain === undefined) {
    plain = bounds.every(
      (bound, i) =>
        Number.isFinite(bound) &&
        !Object.is(bound, -0) &&
        (i === 0 || bound > (bounds[i - 1] as number)),
    );
    plainLayouts.set(bounds, plain);
  }

  return plain;
};

/** The cell's counts by bound, in the order a map filled delta by delta would hold them. */
const toMap = (bounds: readonly number[], totals: readonly number[]): Map<number, number> => {
  const byBound = new Map<number, number>();
  totals.forEach((total, i) =>
    byBound.set(i < bounds.length ? (bounds[i] as number) : Infinity, total),
  );

  return byBound;
};

/**
 * Sums histogram observations per group and step. Buckets are merged by upper bound, as
 * PromQL's `sum by (le)` does, so series with different layouts still combine.
 */
export const createHistogramAccumulator = () => {
  const cells = createGroupCells<Cell>();
  const empty = (): Cell => ({ bounds: null, totals: null, byBound: null, count: 0, sum: 0 });

  /** Adds the observations of `row` minus those of `base` (see histogramIncreases). */
  const add = (group: Group, bucket: number, rows: HistogramRows, row: number, base: number) => {
    const cell = cells.cell(group, bucket, empty);
    const bounds = rows.bounds[row] as number[];
    const after = rows.buckets[row] as number[];
    const before = base < 0 ? null : (rows.buckets[base] as number[]);
    const fits = after.length === bounds.length + 1;
    if (cell.byBound === null && cell.totals === null) {
      if (fits && isPlain(bounds)) {
        cell.bounds = bounds;
        cell.totals = new Array<number>(after.length).fill(0);
      } else {
        cell.byBound = new Map();
      }
    } else if (cell.totals !== null && (cell.bounds !== bounds || !fits)) {
      cell.byBound = toMap(cell.bounds ?? [], cell.totals);
      cell.totals = null;
    }
    let cumulative = 0;
    if (cell.totals !== null) {
      const totals = cell.totals;
      for (let i = 0; i < after.length; i++) {
        cumulative +=
          before === null ? (after[i] as number) : (after[i] as number) - (before[i] ?? 0);
        totals[i] = (totals[i] as number) + cumulative;
      }
    } else if (cell.byBound !== null) {
      for (let i = 0; i < after.length; i++) {
        cumulative +=
          before === null ? (after[i] as number) : (after[i] as number) - (before[i] ?? 0);
        const bound = i < bounds.length ? (bounds[i] ?? Infinity) : Infinity;
        cell.byBound.set(bound, (cell.byBound.get(bound) ?? 0) + cumulative);
      }
    }
    const count = rows.counts[row] as number;
    const sum = rows.sums[row] as number;
    cell.count += base < 0 ? count : count - (rows.counts[base] as number);
    cell.sum += base < 0 ? sum : sum - (rows.sums[base] as number);
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

/** The cell's cumulative buckets, ascending by index or in the map's order. */
const bucketsOf = (cell: Cell): CumulativeBucket[] => {
  if (cell.totals !== null) {
    const bounds = cell.bounds ?? [];

    return cell.totals.map((count, i) => ({
      upperBound: i < bounds.length ? (bounds[i] as number) : Infinity,
      count,
    }));
  }

  return [...(cell.byBound ?? new Map<number, number>()).entries()].map(([upperBound, count]) => ({
    upperBound,
    count,
  }));
};

const cellValue = (agg: Agg, cell: Cell, grid: BucketGrid): number => {
  if (isPercentile(agg)) return histogramQuantile(PERCENTILES[agg], bucketsOf(cell));
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
