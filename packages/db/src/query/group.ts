import type { BucketGrid } from './buckets.ts';
import { QueryError } from './errors.ts';
import { createGroupCells } from './group-cells.ts';
import type { Group } from './group-cells.ts';
import { LABEL_NAME, isResourceField } from './label-name.ts';
import { PERCENTILES, isPercentile, quantile } from './percentiles.ts';
import type { SeriesMeta } from './series-filter.ts';
import type { Agg, RangeSeries } from './types.ts';

/** The group of every series when the query has no `by`. */
export const ALL: Group = { key: '', group: {} };

export const checkBy = (by: string | undefined): void => {
  if (by !== undefined && (typeof by !== 'string' || !LABEL_NAME.test(by))) {
    throw new QueryError(`invalid by: ${JSON.stringify(by)}`);
  }
};

/**
 * The output group of a series. As in PromQL, a series without the field or label (or with an
 * empty value) falls in the group that lacks it, reported as `{}`.
 */
export const groupOf = (meta: SeriesMeta, by: string | undefined): Group => {
  if (by === undefined) return ALL;
  const value = isResourceField(by) ? meta.resource[by] : meta.labels[by];

  return groupOfValue(by, value);
};

export const groupOfValue = (by: string | undefined, value: unknown): Group =>
  by === undefined || typeof value !== 'string' || value === ''
    ? ALL
    : { key: value, group: { [by]: value } };

/**
 * groupOfValue with one Group object per distinct value, so that every series of a group
 * shares it (cheaper to compare and to look up than a new object per series).
 */
export const createGroupInterner = (by: string | undefined): ((value: unknown) => Group) => {
  const groups = new Map<string, Group>();

  return (value) => {
    if (by === undefined || typeof value !== 'string' || value === '') return ALL;
    let group = groups.get(value);
    if (group === undefined) {
      group = groupOfValue(by, value);
      groups.set(value, group);
    }

    return group;
  };
};

type Cell = { n: number; sum: number; min: number; max: number; values: number[] | null };

export type Accumulator = {
  /** Adds one value (a series' step value, an event, a rate) to a group's bucket. */
  add: (group: Group, bucket: number, value: number) => void;
  /** Output series, sorted by group, with buckets that received no value left out. */
  finish: (agg: Agg, grid: BucketGrid) => RangeSeries[];
};

/** Running avg/sum/min/max/count per group and bucket; values kept only for percentiles. */
export const createAccumulator = (keepValues: boolean): Accumulator => {
  const cells = createGroupCells<Cell>();
  const empty = (): Cell => ({
    n: 0,
    sum: 0,
    min: Infinity,
    max: -Infinity,
    values: keepValues ? [] : null,
  });

  // Values of one series arrive bucket by bucket: remember the last cell to skip the lookups.
  let lastGroup: Group | undefined;
  let lastBucket = Number.NaN;
  let lastCell: Cell = empty();

  return {
    add: (group, bucket, value) => {
      if (group !== lastGroup || bucket !== lastBucket) {
        lastCell = cells.cell(group, bucket, empty);
        lastGroup = group;
        lastBucket = bucket;
      }
      const cell = lastCell;
      cell.n++;
      cell.sum += value;
      if (value < cell.min) cell.min = value;
      if (value > cell.max) cell.max = value;
      cell.values?.push(value);
    },
    finish: (agg, grid) => cells.toSeries(grid, (cell) => cellValue(agg, cell)),
  };
};

const cellValue = (agg: Agg, cell: Cell): number => {
  if (isPercentile(agg)) return quantile(PERCENTILES[agg], cell.values ?? []);
  switch (agg) {
    case 'avg':
      return cell.sum / cell.n;
    case 'sum':
    case 'rate':
      return cell.sum;
    case 'min':
      return cell.min;
    case 'max':
      return cell.max;
    case 'count':
      return cell.n;
  }
};
