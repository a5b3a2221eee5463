import type Database from 'better-sqlite3';

import { nowNs as wallClockNs } from '../query/time.ts';
import { retentionCutoffs } from './retention-config.ts';
import type { RetentionDays } from './retention-config.ts';

export type EnforceRetentionOptions = RetentionDays & {
  /** Reference time; defaults to the wall clock. */
  nowNs?: bigint;
  /** Most rows deleted per transaction; default 5,000. */
  maxRowsPerTransaction?: number;
};

export type RetentionResult = {
  sample: number;
  histogramSample: number;
  summarySample: number;
  rollup1m: number;
  rollup1h: number;
  histogramRollup1h: number;
  event: number;
  transactions: number;
};

type Target = {
  name: Exclude<keyof RetentionResult, 'transactions'>;
  cutoff: keyof ReturnType<typeof retentionCutoffs>;
  /** Deletes up to @limit rows of one parent older than @cutoff, oldest first, by key range. */
  sql: string;
  parents: 'series' | 'resource';
};

const byKey = (table: string, ts: string): string =>
  `DELETE FROM ${table} WHERE series_id = @id AND ${ts} IN (SELECT ${ts} FROM ${table} ` +
  `WHERE series_id = @id AND ${ts} < @cutoff ORDER BY ${ts} LIMIT @limit)`;

const TARGETS: Target[] = [
  { name: 'sample', cutoff: 'raw', sql: byKey('sample', 'ts'), parents: 'series' },
  {
    name: 'histogramSample',
    cutoff: 'raw',
    sql: byKey('histogram_sample', 'ts'),
    parents: 'series',
  },
  { name: 'summarySample', cutoff: 'raw', sql: byKey('summary_sample', 'ts'), parents: 'series' },
  {
    name: 'rollup1m',
    cutoff: 'rollup1m',
    sql: byKey('rollup_1m', 'bucket_start_ns'),
    parents: 'series',
  },
  {
    name: 'rollup1h',
    cutoff: 'rollup1h',
    sql: byKey('rollup_1h', 'bucket_start_ns'),
    parents: 'series',
  },
  {
    name: 'histogramRollup1h',
    cutoff: 'rollup1h',
    sql: byKey('histogram_rollup_1h', 'bucket_start_ns'),
    parents: 'series',
  },
  {
    name: 'event',
    cutoff: 'events',
    // The (resource_id, ts) index turns this into one range seek per resource.
    sql:
      'DELETE FROM event WHERE id IN (SELECT id FROM event WHERE resource_id = @id ' +
      'AND ts < @cutoff ORDER BY ts LIMIT @limit)',
    parents: 'resource',
  },
];

/** Parents visited per transaction, so one with nothing to delete still ends quickly. */
const MAX_PARENTS_PER_TRANSACTION = 1_000;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Deletes data older than its retention: raw samples (float, histogram, summary), 1m and 1h
 * rollups (1h: float and histogram) and events. Deletes walk each series (or resource, for events) and remove its
 * oldest rows by primary-key range, at most maxRowsPerTransaction rows per IMMEDIATE
 * transaction, yielding to the event loop between transactions: ingest never waits long for
 * the write lock and the WAL never holds one huge delete.
 */
export const enforceRetention = async (
  db: Database.Database,
  options: EnforceRetentionOptions,
): Promise<RetentionResult> => {
  const maxRows = options.maxRowsPerTransaction ?? 5_000;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) {
    throw new RangeError('maxRowsPerTransaction must be a positive integer');
  }
  const cutoffs = retentionCutoffs(options, options.nowNs ?? wallClockNs());
  // Raw rows of hours not rolled up yet stay until the rollup job has read them: a backfill
  // of old history must reach the 1m/1h rollups before its raw samples age out.
  const oldestDirty = db
    .prepare<[], bigint | null>('SELECT min(hour_start_ns) FROM rollup_dirty')
    .pluck(true)
    .safeIntegers(true)
    .get();
  if (oldestDirty !== null && oldestDirty !== undefined && oldestDirty < cutoffs.raw) {
    cutoffs.raw = oldestDirty;
  }
  const result: RetentionResult = {
    sample: 0,
    histogramSample: 0,
    summarySample: 0,
    rollup1m: 0,
    rollup1h: 0,
    histogramRollup1h: 0,
    event: 0,
    transactions: 0,
  };
  const parentIds = (table: 'series' | 'resource'): number[] =>
    db
      .prepare<[], number>(`SELECT id FROM ${table} ORDER BY id`)
      .pluck(true)
      .safeIntegers(false)
      .all();

  for (const target of TARGETS) {
    const remove = db.prepare<{ id: number; cutoff: bigint; limit: number }>(target.sql);
    const cutoff = cutoffs[target.cutoff];
    const ids = parentIds(target.parents);
    let next = 0;
    const chunk = db.transaction((): number => {
      let budget = maxRows;
      let visited = 0;
      while (next < ids.length && budget > 0 && visited < MAX_PARENTS_PER_TRANSACTION) {
        budget -= remove.run({ id: ids[next] as number, cutoff, limit: budget }).changes;
        // A full budget may mean this parent has more: stay on it for the next transaction.
        if (budget > 0) next++;
        visited++;
      }

      return maxRows - budget;
    });
    while (next < ids.length) {
      result[target.name] += chunk.immediate();
      result.transactions++;
      await yieldToEventLoop();
    }
  }

  return result;
};
