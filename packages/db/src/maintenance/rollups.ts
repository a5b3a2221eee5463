import type Database from 'better-sqlite3';

import { NS_PER_HOUR, NS_PER_MINUTE } from '../query/time.ts';
import { createHistogramRollup } from './histogram-rollups.ts';

export type RunRollupsOptions = {
  /** Dirty hours to process in this call, newest first; default 24. */
  maxHours?: number;
  /**
   * Hours starting before this (the raw retention cutoff) are unmarked without being
   * recomputed: their raw samples are partly deleted, and rebuilding rollups from the rest
   * would overwrite good rows.
   */
  skipBeforeNs?: bigint;
};

export type RunRollupsResult = {
  /** Hours recomputed, newest first. */
  hours: bigint[];
  /** Hours unmarked without recomputation (older than skipBeforeNs). */
  skipped: bigint[];
  rows1m: number;
  rows1h: number;
  /** histogram_rollup_1h rows written (see createHistogramRollup). */
  histogramRows1h: number;
  /** True when dirty hours are left for a later call. */
  remaining: boolean;
};

/**
 * 1-minute rollups of one hour from raw samples: count, sum, min, max and last of the finite
 * values (value_kind 0 and 5: NaN, ±Infinity and stale markers are left out), one row per
 * series and minute with any. `series_id IN (SELECT id FROM series)` makes SQLite seek the
 * (series_id, ts) key once per series instead of scanning the table; `last` is the sample at
 * the minute's largest finite ts, fetched by primary key. Upserts only, so a re-run writes the
 * same rows and minutes whose raw samples retention already deleted keep their rows.
 */
const ROLLUP_1M =
  'INSERT INTO rollup_1m (series_id, bucket_start_ns, count, sum, min, max, last) ' +
  'SELECT g.series_id, g.bucket, g.n, g.total, g.low, g.high, l.value FROM (' +
  ` SELECT series_id, ts - (ts % ${NS_PER_MINUTE}) AS bucket, count(*) AS n,` +
  '  sum(value) AS total, min(value) AS low, max(value) AS high, max(ts) AS last_ts' +
  ' FROM sample WHERE series_id IN (SELECT id FROM series) AND ts >= @from AND ts < @to' +
  '  AND value_kind IN (0, 5) GROUP BY series_id, bucket' +
  ') g JOIN sample l ON l.series_id = g.series_id AND l.ts = g.last_ts WHERE true ' +
  'ON CONFLICT (series_id, bucket_start_ns) DO UPDATE SET count = excluded.count, ' +
  'sum = excluded.sum, min = excluded.min, max = excluded.max, last = excluded.last';

/** The hour's 1-hour rollup of each series, from its 1-minute rows (last: of the last minute). */
const ROLLUP_1H =
  'INSERT INTO rollup_1h (series_id, bucket_start_ns, count, sum, min, max, last) ' +
  'SELECT g.series_id, @from, g.n, g.total, g.low, g.high, l.last FROM (' +
  ' SELECT series_id, sum(count) AS n, sum(sum) AS total, min(min) AS low, max(max) AS high,' +
  '  max(bucket_start_ns) AS last_bucket FROM rollup_1m' +
  ' WHERE series_id IN (SELECT id FROM series) AND bucket_start_ns >= @from' +
  '  AND bucket_start_ns < @to GROUP BY series_id' +
  ') g JOIN rollup_1m l ON l.series_id = g.series_id AND l.bucket_start_ns = g.last_bucket ' +
  'WHERE true ON CONFLICT (series_id, bucket_start_ns) DO UPDATE SET count = excluded.count, ' +
  'sum = excluded.sum, min = excluded.min, max = excluded.max, last = excluded.last';

/**
 * Recomputes the rollups of dirty hours (see ROLLUP_DIRTY_DDL). Each hour is one IMMEDIATE
 * transaction: 1m rows from raw samples, the 1h row from those, the hourly histogram rows from
 * raw histogram samples, then the mark is deleted. A crash leaves the mark for the next run,
 * and since samples are never changed, only added, a re-run gives the same rows. The write
 * lock is held for one hour of one store at a time.
 */
export const runRollups = (
  db: Database.Database,
  options: RunRollupsOptions = {},
): RunRollupsResult => {
  const maxHours = options.maxHours ?? 24;
  if (!Number.isSafeInteger(maxHours) || maxHours < 1) {
    throw new RangeError('maxHours must be a positive integer');
  }
  const pending = db
    .prepare<[number], bigint>(
      'SELECT hour_start_ns FROM rollup_dirty ORDER BY hour_start_ns DESC LIMIT ?',
    )
    .pluck(true)
    .safeIntegers(true);
  const isMarked = db
    .prepare<[bigint], bigint>('SELECT 1 FROM rollup_dirty WHERE hour_start_ns = ?')
    .pluck(true);
  const unmark = db.prepare<[bigint]>('DELETE FROM rollup_dirty WHERE hour_start_ns = ?');
  const minute = db.prepare<{ from: bigint; to: bigint }>(ROLLUP_1M);
  const hourly = db.prepare<{ from: bigint; to: bigint }>(ROLLUP_1H);
  const histogramHour = createHistogramRollup(db);

  const result: RunRollupsResult = {
    hours: [],
    skipped: [],
    rows1m: 0,
    rows1h: 0,
    histogramRows1h: 0,
    remaining: false,
  };
  const processHour = db.transaction((hour: bigint) => {
    // Another process may have done this hour since the list was read.
    if (isMarked.get(hour) === undefined) return;
    if (options.skipBeforeNs !== undefined && hour < options.skipBeforeNs) {
      result.skipped.push(hour);
    } else {
      const range = { from: hour, to: hour + NS_PER_HOUR };
      result.rows1m += minute.run(range).changes;
      result.rows1h += hourly.run(range).changes;
      result.histogramRows1h += histogramHour(hour);
      result.hours.push(hour);
    }
    unmark.run(hour);
  });

  const hours = pending.all(maxHours + 1);
  result.remaining = hours.length > maxHours;
  for (const hour of hours.slice(0, maxHours)) processHour.immediate(hour);

  return result;
};
