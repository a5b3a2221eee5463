import type Database from 'better-sqlite3';

import type { BucketGrid } from './buckets.ts';
import { jsonNumber } from './json-number.ts';
import { offsetOrder, permute, prepareBatch, readBatch } from './series-batch.ts';

/** The histogram_sample rows of one series in the grid's read range, oldest first. */
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

type HistogramRow = [
  offsetMs: number,
  count: number,
  sum: number | null,
  bounds: string,
  bucketCounts: string,
  temporality: string,
];

const RANGE = 'FROM histogram_sample WHERE series_id = @id AND ts >= @from AND ts <= @to';

/**
 * Per series, one seek reads its rows as JSON lists (see prepareBatch). A series' layout and
 * temporality almost never change, so they are sent once, with a flag for the series whose
 * rows differ: those are read again row by row. Sums are read only for the aggregations that
 * use them: rendering them is a good part of the statement's cost.
 */
const batchSeries = (withSums: boolean): string =>
  "(SELECT '[' || j.key || ',' || json_quote(min(bounds)) || ',' || json_quote(min(temporality))" +
  " || ',' || (min(bounds) IS NOT max(bounds) OR min(temporality) IS NOT max(temporality))" +
  ` || ',[' || group_concat((ts - @from) / 1000000) || '],[' || group_concat(${jsonNumber('count')})` +
  " || '],[' || group_concat(bucket_counts) || ']'" +
  (withSums ? ` || ',[' || group_concat(${jsonNumber('sum')}) || ']'` : '') +
  ` || ']' ${RANGE.replace('@id', 'j.value')})`;

export const createHistogramBatchReader = (
  db: Database.Database,
  grid: BucketGrid,
  /** Read each row's sum (else NaN): only avg and sum use them. */
  withSums: boolean,
): HistogramBatchReader => {
  const batch = prepareBatch(db, batchSeries(withSums));
  const rowsOf = db
    .prepare<Record<string, unknown>, HistogramRow>(
      `SELECT (ts - @from) / 1000000, count, sum, bounds, bucket_counts, temporality ${RANGE} ` +
        'ORDER BY ts',
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

const parseNumbers = (text: string): number[] => toNumbers(JSON.parse(text));
