import type Database from 'better-sqlite3';

import type { BucketGrid } from './buckets.ts';
import { RAW_VALUE_JSON, jsonNumber } from './json-number.ts';
import { offsetOrder, permute, prepareBatch, readBatch } from './series-batch.ts';
import type { Resolution } from './types.ts';

/**
 * Rows of one series in the grid's read range, oldest first, as parallel arrays. NaN samples
 * are left out (no aggregation uses them).
 */
export type SeriesRows = {
  /** Whole milliseconds after grid.readFromNs. */
  offsets: number[];
  /** Finite or ±Infinity; null for a stale marker. Rollups: the row's last value. */
  values: (number | null)[];
  /** Rollups read for a rate only: each row's min, which shows resets inside the row. */
  mins: number[] | null;
};

/** Width of one stored row at each resolution, in nanoseconds (0 for raw samples). */
export const ROW_WIDTH_NS: Record<Resolution, bigint> = {
  raw: 0n,
  '1m': 60_000_000_000n,
  '1h': 3_600_000_000_000n,
};

/** A raw sample as one nullable REAL: ±Infinity literals for kinds 2 and 3, NULL when stale. */
const ENCODED_VALUE =
  'CASE value_kind WHEN 0 THEN value WHEN 5 THEN value WHEN 2 THEN 9e999 WHEN 3 THEN -9e999 END';

export const RESOLUTION_TABLE = {
  raw: { table: 'sample', ts: 'ts', value: ENCODED_VALUE, where: 'value_kind != 1' },
  '1m': { table: 'rollup_1m', ts: 'bucket_start_ns', value: 'last', where: '1' },
  '1h': { table: 'rollup_1h', ts: 'bucket_start_ns', value: 'last', where: '1' },
} as const satisfies Record<
  Resolution,
  { table: string; ts: string; value: string; where: string }
>;

/** The same values as JSON tokens (see jsonNumber), for the batch reads. */
const JSON_VALUE: Record<Resolution, string> = {
  raw: RAW_VALUE_JSON,
  '1m': jsonNumber('last'),
  '1h': jsonNumber('last'),
};

/** Reads the rows of many series; see createBatchReader. */
export type BatchReader = (
  ids: readonly number[],
  /** Read at most this many rows per series, oldest first (Infinity: all). */
  maxRows: number,
  visit: (index: number, rows: SeriesRows) => void,
) => void;

/**
 * Prepares the batch scan of one resolution: each series' rows in the grid's read range, by a
 * primary-key range seek (`series_id = ? AND ts BETWEEN …`), as offsets, values and, for
 * rates at rollup resolutions, mins; see prepareBatch for why many series share a statement.
 * Series without rows are not visited; a read transaction around the query (see queryRange)
 * keeps the statements on one snapshot.
 */
export const createBatchReader = (
  db: Database.Database,
  resolution: Resolution,
  grid: BucketGrid,
  /** Also read rollup mins (counter resets); raw samples have none. */
  withMins = false,
): BatchReader => {
  const { table, ts, where } = RESOLUTION_TABLE[resolution];
  const offset = `(${ts} - @from) / 1000000`;
  const value = JSON_VALUE[resolution];
  const min = withMins && resolution !== 'raw' ? jsonNumber('min') : undefined;
  const lists = (o: string, v: string, m: string | undefined): string =>
    `'[' || j.key || ',[' || group_concat(${o}) || '],[' || group_concat(${v}) || ']'` +
    (m === undefined ? '' : ` || ',[' || group_concat(${m}) || ']'`) +
    " || ']'";
  const range = `FROM ${table} WHERE series_id = j.value AND ${ts} >= @from AND ${ts} <= @to AND ${where}`;
  const all = prepareBatch(db, `(SELECT ${lists(offset, value, min)} ${range})`);
  // The first rows only: a subquery with LIMIT, then the same lists over its columns.
  const columns = `${offset} AS o, ${value} AS v${min === undefined ? '' : `, ${min} AS m`}`;
  const limited = prepareBatch(
    db,
    `(SELECT ${lists('o', 'v', min === undefined ? undefined : 'm')} ` +
      `FROM (SELECT ${columns} ${range} ORDER BY ${ts} LIMIT @limit))`,
  );
  const params = { from: grid.readFromNs, to: grid.toNs };

  return (ids, maxRows, visit) => {
    const statement = maxRows === Infinity ? all : limited;
    const bound = maxRows === Infinity ? params : { ...params, limit: maxRows };
    readBatch(statement, bound, ids, (index, entry) => {
      visit(index, toSeriesRows(entry as SeriesEntry));
    });
  };
};

type SeriesEntry = [index: number, offsets: number[], values: (number | null)[], mins?: number[]];

const toSeriesRows = ([, offsets, values, mins]: SeriesEntry): SeriesRows => {
  if (values.length !== offsets.length || (mins !== undefined && mins.length !== offsets.length)) {
    throw new Error('series rows read with mismatched columns');
  }
  const order = offsetOrder(offsets);
  if (order === null) return { offsets, values, mins: mins ?? null };

  return {
    offsets: permute(offsets, order),
    values: permute(values, order),
    mins: mins === undefined ? null : permute(mins, order),
  };
};

/**
 * Prepares the per-bucket read of a series' current value: for each bucket, one seek for the
 * newest row in [end - window, end), done inside SQLite by a recursive CTE. Cheaper than a
 * scan when there are several rows per bucket. Null where no row is current or the newest
 * sample is a stale marker.
 */
export const createBucketSeeker = (
  db: Database.Database,
  resolution: Resolution,
  grid: BucketGrid,
  windowNs: bigint,
): ((seriesId: number) => (number | null)[]) => {
  const { table, ts, value, where } = RESOLUTION_TABLE[resolution];
  const statement = db
    .prepare<Record<string, unknown>, number | null>(
      'WITH RECURSIVE b(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM b WHERE i < @last) ' +
        `SELECT (SELECT ${value} FROM ${table} WHERE series_id = @id AND ${where} ` +
        `AND ${ts} < @start + (i + 1) * @step AND ${ts} >= @start + (i + 1) * @step - @window ` +
        `AND ${ts} <= @to ORDER BY ${ts} DESC LIMIT 1) FROM b ORDER BY i`,
    )
    .pluck(true)
    .safeIntegers(false);
  const params = {
    last: grid.count - 1,
    start: grid.startNs,
    step: grid.stepNs,
    window: windowNs,
    to: grid.toNs,
  };

  return (seriesId) => statement.all({ ...params, id: seriesId });
};

/** True when any of the series has a row in [fromNs, toNs] at this resolution. */
export const hasRows = (
  db: Database.Database,
  resolution: Resolution,
  seriesIds: readonly number[],
  fromNs: bigint,
  toNs: bigint,
): boolean => {
  const { table, ts } = RESOLUTION_TABLE[resolution];
  const statement = db
    .prepare<[number, bigint, bigint], unknown>(
      `SELECT 1 FROM ${table} WHERE series_id = ? AND ${ts} >= ? AND ${ts} <= ? LIMIT 1`,
    )
    .pluck(true);

  return seriesIds.some((id) => statement.get(id, fromNs, toNs) !== undefined);
};
