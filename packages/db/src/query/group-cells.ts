import type { BucketGrid } from './buckets.ts';
import { MAX_POINTS, createBucketTimes } from './buckets.ts';
import type { RangeSeries } from './types.ts';

/** An output group: its key (the grouping value, '' for none) and its labels. */
export type Group = { key: string; group: Record<string, string> };

export type GroupCells<Cell> = {
  /** The group's cell for a bucket, created by `create` on first use. */
  cell: (group: Group, bucket: number, create: () => Cell) => Cell;
  /** Series sorted by group key, points by time; NaN values and empty groups left out. */
  toSeries: (grid: BucketGrid, value: (cell: Cell) => number) => RangeSeries[];
};

type Entry<Cell> = {
  group: Record<string, string>;
  /** Cells of buckets 0 … MAX_POINTS - 1, by index: cheaper than a Map per lookup. */
  dense: (Cell | undefined)[];
  /** Any other bucket (none in practice: callers pass buckets inside the grid). */
  sparse: Map<number, Cell> | null;
};

const isDense = (bucket: number): boolean =>
  Number.isInteger(bucket) && bucket >= 0 && bucket < MAX_POINTS;

/**
 * Per-group, per-bucket cells of some aggregate. Cells are created on first use, so memory
 * follows the data, not groups × buckets.
 */
export const createGroupCells = <Cell>(): GroupCells<Cell> => {
  const groups = new Map<string, Entry<Cell>>();
  // Values arrive series by series: the group's entry is remembered between calls.
  let lastGroup: Group | undefined;
  let lastEntry: Entry<Cell> | undefined;

  const entryOf = (group: Group): Entry<Cell> => {
    if (group === lastGroup && lastEntry !== undefined) return lastEntry;
    let entry = groups.get(group.key);
    if (entry === undefined) {
      entry = { group: group.group, dense: [], sparse: null };
      groups.set(group.key, entry);
    }
    lastGroup = group;
    lastEntry = entry;

    return entry;
  };

  const cell = (group: Group, bucket: number, create: () => Cell): Cell => {
    const entry = entryOf(group);
    if (isDense(bucket)) {
      let found = entry.dense[bucket];
      if (found === undefined) {
        found = create();
        entry.dense[bucket] = found;
      }

      return found;
    }
    entry.sparse ??= new Map();
    let found = entry.sparse.get(bucket);
    if (found === undefined) {
      found = create();
      entry.sparse.set(bucket, found);
    }

    return found;
  };

  const toSeries = (grid: BucketGrid, value: (cell: Cell) => number): RangeSeries[] => {
    const time = createBucketTimes(grid);
    const series: RangeSeries[] = [];
    const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) {
      const entry = groups.get(key);
      if (entry === undefined) continue;
      const points: [bigint, number][] = [];
      for (const bucket of bucketsOf(entry)) {
        const cellOf = isDense(bucket) ? entry.dense[bucket] : entry.sparse?.get(bucket);
        const result = value(cellOf as Cell);
        if (!Number.isNaN(result)) points.push([time(bucket), result]);
      }
      if (points.length > 0) series.push({ group: entry.group, points });
    }

    return series;
  };

  return { cell, toSeries };
};

/** The buckets that have a cell, ascending. */
const bucketsOf = <Cell>(entry: Entry<Cell>): number[] => {
  const buckets: number[] = [];
  entry.dense.forEach((found, bucket) => {
    if (found !== undefined) buckets.push(bucket);
  });
  if (entry.sparse === null) return buckets;

  return [...buckets, ...entry.sparse.keys()].sort((a, b) => a - b);
};
