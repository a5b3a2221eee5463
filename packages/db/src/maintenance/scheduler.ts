import type Database from 'better-sqlite3';

import { nowNs as wallClockNs } from '../query/time.ts';
import { enforceRetention } from './retention.ts';
import { DEFAULT_RETENTION, retentionCutoffs } from './retention-config.ts';
import type { RetentionDays } from './retention-config.ts';
import { runRollups } from './rollups.ts';

/** Structurally the collector's logger, so it can be passed as is. */
export type MaintenanceLogger = {
  info: (message: string, fields?: Record<string, unknown>) => void;
  error: (message: string, fields?: Record<string, unknown>) => void;
};

export type MaintenanceOptions = {
  db: Database.Database;
  /** Pause between the end of one run and the start of the next. */
  intervalMs: number;
  retention?: Partial<RetentionDays>;
  logger?: MaintenanceLogger;
  /** Dirty hours rolled up per run, newest first; default 24. */
  maxHoursPerRun?: number;
  /** Pause before the next run while dirty hours are left over; default 1 second. */
  catchUpDelayMs?: number;
  /** Timer runs enforce retention at most this often; default 1 hour. runOnce always does. */
  retentionIntervalMs?: number;
  /** Clock, for tests. */
  now?: () => bigint;
};

export type Maintenance = {
  /** Runs rollups and retention now, after any run in progress; rejects with its error. */
  runOnce: () => Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop: () => Promise<void>;
};

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs rollups and retention in the background. Runs are chained, never concurrent: the next
 * timer run is scheduled only when the previous one ends, and runOnce queues behind a run in
 * progress. Timers are unref'd, so they never keep the process alive.
 */
export const startMaintenance = (options: MaintenanceOptions): Maintenance => {
  const { db, logger } = options;
  if (!Number.isFinite(options.intervalMs) || options.intervalMs <= 0) {
    throw new RangeError('intervalMs must be a positive number');
  }
  const retention: RetentionDays = { ...DEFAULT_RETENTION, ...options.retention };
  const now = options.now ?? wallClockNs;
  const maxHours = options.maxHoursPerRun ?? 24;
  const retentionEveryMs = options.retentionIntervalMs ?? 3_600_000;
  const catchUpDelayMs = options.catchUpDelayMs ?? 1000;
  let lastRetentionMs = Number.NEGATIVE_INFINITY;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();

  // Set when a run stopped at maxHoursPerRun with dirty hours left (after a backfill).
  let behind = false;

  const run = async (forceRetention: boolean): Promise<void> => {
    const nowNs = now();
    const started = Date.now();
    let hours = 0;
    behind = false;
    // One hour per call, yielding in between: ingest on this thread keeps flowing.
    for (let done = 0; done < maxHours; done++) {
      const rollups = runRollups(db, {
        maxHours: 1,
        skipBeforeNs: retentionCutoffs(retention, nowNs).raw,
      });
      hours += rollups.hours.length;
      behind = rollups.remaining;
      if (!rollups.remaining) break;
      await yieldToEventLoop();
    }
    let deleted = 0;
    if (forceRetention || started - lastRetentionMs >= retentionEveryMs) {
      lastRetentionMs = started;
      const result = await enforceRetention(db, { ...retention, nowNs });
      deleted = result.sample + result.histogramSample + result.summarySample;
      deleted += result.rollup1m + result.rollup1h + result.histogramRollup1h + result.event;
    }
    if (behind) schedule();
    if (hours > 0 || deleted > 0) {
      logger?.info('maintenance run', {
        rollupHours: hours,
        deletedRows: deleted,
        ms: Date.now() - started,
      });
    }
  };

  const enqueue = (forceRetention: boolean): Promise<void> => {
    const next = chain.then(() => run(forceRetention));
    chain = next.catch(() => undefined);

    return next;
  };

  const schedule = (): void => {
    if (stopped) return;
    // One pending timer at most: a run that ends behind reschedules it sooner.
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        void enqueue(false)
          .catch((error: unknown) => {
            logger?.error('maintenance run failed', {
              error: error instanceof Error ? error.message : String(error),
            });
          })
          .finally(schedule);
        // A backfill leaves weeks of dirty hours: catch up in quick runs, not one per interval,
        // so long ranges read complete rollups soon after the history arrives.
      },
      behind ? Math.min(catchUpDelayMs, options.intervalMs) : options.intervalMs,
    );
    timer.unref();
  };
  schedule();

  return {
    runOnce: () => (stopped ? Promise.reject(new Error('maintenance is stopped')) : enqueue(true)),
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await chain;
    },
  };
};
