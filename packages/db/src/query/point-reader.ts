import type Database from 'better-sqlite3';

import type { BucketGrid } from './buckets.ts';
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

/**
 * Prepares the per-series scan of one resolution: primary-key range seeks
 * (`series_id = ? AND ts BETWEEN …`). Materializing a row per sample dominates the cost of a
 * range query, so each column is fetched as one plucked array or one concatenated list of
 * integers instead of an array per row; a read transaction around the query (see queryRange)
 * keeps the statements on one snapshot.
 */
export const createScanReader = (
  db: Database.Database,
  resolution: Resolution,
  grid: BucketGrid,
  /** Also read rollup mins (counter resets); raw samples have none. */
  withMins = false,
): ((seriesId: number) => SeriesRows) => {
  const { table, ts, value, where } = RESOLUTION_TABLE[resolution];
  const range = `FROM ${table} WHERE series_id = @id AND ${ts} >= @from AND ${ts} <= @to AND ${where}`;
  const offsets = db
    .prepare<Record<string, unknown>, string | null>(
      `SELECT group_concat((${ts} - @from) / 1000000) ${range}`,
    )
    .pluck(true)
    .safeIntegers(false);
  const values = db
    .prepare<Record<string, unknown>, number | null>(`SELECT ${value} ${range} ORDER BY ${ts}`)
    .pluck(true)
    .safeIntegers(false);
  const mins =
    resolution === 'raw' || !withMins
      ? undefined
      : db
          .prepare<Record<string, unknown>, number>(`SELECT min ${range} ORDER BY ${ts}`)
          .pluck(true)
          .safeIntegers(false);
  const params = { from: grid.readFromNs, to: grid.toNs };

  return (seriesId) => {
    const bound = { ...params, id: seriesId };
    const list = offsets.get(bound);
    if (list === null || list === undefined) return { offsets: [], values: [], mins: null };
    const rows: SeriesRows = {
      offsets: ascending(JSON.parse(`[${list}]`) as number[]),
      values: values.all(bound),
      mins: mins === undefined ? null : mins.all(bound),
    };
    if (rows.values.length !== rows.offsets.length) {
      throw new Error('series rows changed between two reads of one snapshot');
    }

    return rows;
  };
};

/**
 * group_concat visits rows in primary-key order, which is ts order; if a future plan ever
 * differs, sorting restores the pairing with the ORDER BY ts values (times are unique).
 */
const ascending = (offsets: number[]): number[] => {
  for (let i = 1; i < offsets.length; i++) {
    if ((offsets[i] as number) < (offsets[i - 1] as number)) return offsets.sort((a, b) => a - b);
  }

  return offsets;
};

/** Number of rows of each series in the read range: picks seeks or a scan per series. */
export const createRowCounter = (
  db: Database.Database,
  resolution: Resolution,
  grid: BucketGrid,
) => {
  const { table, ts } = RESOLUTION_TABLE[resolution];
  const statement = db
    .prepare<[number, bigint, bigint], number>(
      `SELECT count(*) FROM ${table} WHERE series_id = ? AND ${ts} >= ? AND ${ts} <= ?`,
    )
    .pluck(true)
    .safeIntegers(false);

  return (seriesId: number): number => statement.get(seriesId, grid.readFromNs, grid.toNs) ?? 0;
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
