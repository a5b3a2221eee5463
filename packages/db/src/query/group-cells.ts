import type { BucketGrid } from './buckets.ts';
import { createBucketTimes } from './buckets.ts';
import type { RangeSeries } from './types.ts';

/** An output group: its key (the grouping value, '' for none) and its labels. */
export type Group = { key: string; group: Record<string, string> };

export type GroupCells<Cell> = {
  /** The group's cell for a bucket, created by `create` on first use. */
  cell: (group: Group, bucket: number, create: () => Cell) => Cell;
  /** Series sorted by group key, points by time; NaN values and empty groups left out. */
  toSeries: (grid: BucketGrid, value: (cell: Cell) => number) => RangeSeries[];
};

/**
 * Per-group, per-bucket cells of some aggregate. Cells are created on first use, so memory
 * follows the data, not groups × buckets.
 */
export const createGroupCells = <Cell>(): GroupCells<Cell> => {
  const groups = new Map<string, { group: Record<string, string>; cells: Map<number, Cell> }>();

  const cell = (group: Group, bucket: number, create: () => Cell): Cell => {
    let entry = groups.get(group.key);
    if (entry === undefined) {
      entry = { group: group.group, cells: new Map() };
      groups.set(group.key, entry);
    }
    let found = entry.cells.get(bucket);
    if (found === undefined) {
      found = create();
      entry.cells.set(bucket, found);
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
      for (const bucket of [...entry.cells.keys()].sort((a, b) => a - b)) {
        const result = value(entry.cells.get(bucket) as Cell);
        if (!Number.isNaN(result)) points.push([time(bucket), result]);
      }
      if (points.length > 0) series.push({ group: entry.group, points });
    }

    return series;
  };

  return { cell, toSeries };
};
