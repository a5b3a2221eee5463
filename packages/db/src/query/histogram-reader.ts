import type Database from 'better-sqlite3';

import type { BucketGrid } from './buckets.ts';
import { jsonNumber } from './json-number.ts';
import { offsetOrder, permute, prepareBatch, readBatch } from './series-batch.ts';

/** The histogram rows of one series in the grid's read range, oldest first. */
export type HistogramRows = {
  /** Whole milliseconds after grid.readFromNs. */
  offsets: number[];
  /** Observations so far (cumulative) or in the interval (delta). */
  counts: number[];
  /** NaN where the sum is unknown. */
  sums: number[];
  /** Per-bucket counts, non-cumulative, +Inf last. */
  buckets: number[][];
  /** Each row's bounds as stored: a change of text is a change of layout. */
  layouts: string[];
  /** Each row's bounds, parsed; rows with the same text share one array. */
  bounds: number[][];
  /** Whether each row has delta temporality (else cumulative). */
  delta: boolean[];
};

/** Reads the histogram rows of many series, visiting those with rows in the order of `ids`. */
export type HistogramBatchReader = (
  ids: readonly number[],
  visit: (index: number, rows: HistogramRows) => void,
) => void;

type BatchEntry = [
  index: number,
  layout: string,
  temporality: string,
  /** 1 when the series' rows do not all share one layout and temporality. */
  mixed: number,
  offsets: number[],
  counts: (number | null)[],
  buckets: unknown[],
  sums?: (number | null)[],
];

/** One stored histogram row as the per-series reads return it. */
export type HistogramRow = [
  offsetMs: number,
  count: number,
  sum: number | null,
  bounds: string,
  bucketCounts: string,
  temporality: string,
];

/**
 * Where histogram rows come from: raw samples, or hourly rollups (one delta per hour and
 * layout, at the hour's start).
 */
export type HistogramTable = 'histogram_sample' | 'histogram_rollup_1h';

const COLUMNS: Record<HistogramTable, { ts: string; temporality: string; order: string }> = {
  histogram_sample: { ts: 'ts', temporality: 'temporality', order: 'ts' },
  // Rows of one hour differ by bounds only: the key orders them the same way every time.
  histogram_rollup_1h: {
    ts: 'bucket_start_ns',
    temporality: "'delta'",
    order: 'bucket_start_ns, bounds',
  },
};

const rangeOf = (table: HistogramTable, id: string): string =>
  `FROM ${table} WHERE series_id = ${id} AND ${COLUMNS[table].ts} >= @from ` +
  `AND ${COLUMNS[table].ts} <= @to`;

/**
 * Per series, one seek reads its rows as JSON lists (see prepareBatch). A series' layout and
 * temporality almost never change, so they are sent once, with a flag for the series whose
 * rows differ: those are read again row by row. Sums are read only for the aggregations that
 * use them: rendering them is a good part of the statement's cost.
 */
const batchSeries = (table: HistogramTable, withSums: boolean): string => {
  const { ts, temporality } = COLUMNS[table];

  return (
    "(SELECT '[' || j.key || ',' || json_quote(min(bounds)) || ',' || " +
    `json_quote(min(${temporality})) || ',' || (min(bounds) IS NOT max(bounds) OR ` +
    `min(${temporality}) IS NOT max(${temporality}))` +
    ` || ',[' || group_concat((${ts} - @from) / 1000000) || '],[' || ` +
    `group_concat(${jsonNumber('count')}) || '],[' || group_concat(bucket_counts) || ']'` +
    (withSums ? ` || ',[' || group_concat(${jsonNumber('sum')}) || ']'` : '') +
    ` || ']' ${rangeOf(table, 'j.value')})`
  );
};

export const createHistogramBatchReader = (
  db: Database.Database,
  grid: BucketGrid,
  /** Read each row's sum (else NaN): only avg and sum use them. */
  withSums: boolean,
  table: HistogramTable = 'histogram_sample',
): HistogramBatchReader => {
  const batch = prepareBatch(db, batchSeries(table, withSums));
  const { ts, temporality, order } = COLUMNS[table];
  const rowsOf = db
    .prepare<Record<string, unknown>, HistogramRow>(
      `SELECT (${ts} - @from) / 1000000, count, sum, bounds, bucket_counts, ${temporality} ` +
        `${rangeOf(table, '@id')} ORDER BY ${order}`,
    )
    .raw(true)
    .safeIntegers(false);
  const params = { from: grid.readFromNs, to: grid.toNs };
  const parseBounds = createBoundsParser();

  const readRows = (seriesId: number): HistogramRows => {
    const rows = rowsOf.all({ ...params, id: seriesId });

    return {
      offsets: rows.map((row) => row[0]),
      counts: rows.map((row) => row[1]),
      sums: rows.map((row) => row[2] ?? Number.NaN),
      buckets: rows.map((row) => parseNumbers(row[4])),
      layouts: rows.map((row) => row[3]),
      bounds: rows.map((row) => parseBounds(row[3])),
      delta: rows.map((row) => row[5] === 'delta'),
    };
  };

  const fromBatch = (entry: BatchEntry): HistogramRows | null => {
    const [, layout, temporality, mixed, offsets, counts, buckets, sums] = entry;
    const n = offsets.length;
    // A bucket_counts text that is not one JSON value would shift the rows after it.
    if (mixed !== 0 || buckets.length !== n) return null;
    const order = offsetOrder(offsets);
    const rows: HistogramRows = {
      offsets,
      counts: counts.includes(null)
        ? counts.map((count) => count ?? Number.NaN)
        : (counts as number[]),
      sums:
        sums === undefined
          ? new Array<number>(n).fill(Number.NaN)
          : sums.map((sum) => sum ?? Number.NaN),
      buckets: buckets.map((list) => (isNumberList(list) ? list : toNumbers(list))),
      layouts: new Array<string>(n).fill(layout),
      bounds: new Array<number[]>(n).fill(parseBounds(layout)),
      delta: new Array<boolean>(n).fill(temporality === 'delta'),
    };

    return order === null ? rows : reorder(rows, order);
  };

  return (ids, visit) => {
    readBatch(batch, params, ids, (index, entry) => {
      visit(index, fromBatch(entry as BatchEntry) ?? readRows(ids[index] as number));
    });
  };
};

const reorder = (rows: HistogramRows, order: readonly number[]): HistogramRows => ({
  offsets: permute(rows.offsets, order),
  counts: permute(rows.counts, order),
  sums: permute(rows.sums, order),
  buckets: permute(rows.buckets, order),
  layouts: permute(rows.layouts, order),
  bounds: permute(rows.bounds, order),
  delta: permute(rows.delta, order),
});

const isNumberList = (value: unknown): value is number[] => {
  if (!Array.isArray(value)) return false;
  for (const item of value) {
    if (typeof item !== 'number') return false;
  }

  return true;
};

/** A stored JSON list of numbers; anything but an array reads as no buckets. */
const toNumbers = (parsed: unknown): number[] => {
  if (!Array.isArray(parsed)) return [];

  return isNumberList(parsed) ? parsed : parsed.map(Number);
};

/** A stored JSON list of numbers (bounds or bucket counts), as every histogram read parses it. */
export const parseNumbers = (text: string): number[] => toNumbers(JSON.parse(text));

/**
 * parseNumbers for bounds, once per distinct layout text: rows of one layout share one array,
 * parsed once (and the accumulator's per-array check of a plain layout runs once).
 */
export const createBoundsParser = (): ((text: string) => number[]) => {
  const cache = new Map<string, number[]>();

  return (text) => {
    let bounds = cache.get(text);
    if (bounds === undefined) {
      bounds = parseNumbers(text);
      cache.set(text, bounds);
    }

    return bounds;
  };
};

/** True when any of the series has an hourly histogram rollup in [fromNs, toNs]. */
export const hasHistogramRollups = (
  db: Database.Database,
  seriesIds: readonly number[],
  fromNs: bigint,
  toNs: bigint,
): boolean => {
  const statement = db
    .prepare<[number, bigint, bigint], unknown>(
      'SELECT 1 FROM histogram_rollup_1h WHERE series_id = ? AND bucket_start_ns >= ? ' +
        'AND bucket_start_ns <= ? LIMIT 1',
    )
    .pluck(true);

  return seriesIds.some((id) => statement.get(id, fromNs, toNs) !== undefined);
};
