import { tracked } from '@trpc/server';
import type Database from 'better-sqlite3';

import { readWebEnv } from '../env.ts';
import { openReadStore } from '../store.ts';
import { publicProcedure, router } from '../trpc.ts';

export type LiveTick = { dataVersion: number; checkedAtMs: number };

/** Ticks no more often than this, so a busy fleet does not refetch every view every second. */
export const MIN_TICK_INTERVAL_MS = 4000;

/**
 * SQLite's data_version changes whenever another connection (the collector) commits to the
 * file, and costs nothing to read: the cheapest "new data landed" signal there is.
 * @see https://www.sqlite.org/pragma.html#pragma_data_version
 */
const readDataVersion = (db: Database.Database | undefined): number =>
  db === undefined ? -1 : Number(db.pragma('data_version', { simple: true }));

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export const liveRouter = router({
  /**
   * Server-sent events: a tick once new data has been committed (at most one per
   * MIN_TICK_INTERVAL_MS), so open views refetch their window instead of reloading the page.
   */
  ticks: publicProcedure.subscription(async function* ({ signal }) {
    const { livePollMs } = readWebEnv();
    let lastVersion: number | undefined;
    let lastTickMs = 0;
    while (signal?.aborted !== true) {
      const dataVersion = readDataVersion(openReadStore());
      const now = Date.now();
      if (dataVersion !== lastVersion && now - lastTickMs >= MIN_TICK_INTERVAL_MS) {
        lastVersion = dataVersion;
        lastTickMs = now;
        const tick: LiveTick = { dataVersion, checkedAtMs: now };
        yield tracked(String(now), tick);
      }
      await sleep(livePollMs, signal);
    }
  }),
});
