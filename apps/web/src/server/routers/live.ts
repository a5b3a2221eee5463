import { tracked } from '@trpc/server';
import type Database from 'better-sqlite3';

import { readWebEnv } from '../env.ts';
import { nsToMs } from '../range.ts';
import { openReadStore } from '../store.ts';
import { publicProcedure, router } from '../trpc.ts';

export type LiveTick = { newestDataMs: number | null; resources: number; checkedAtMs: number };

/**
 * A marker that moves whenever the collector commits: the newest last-seen time of any
 * resource (refreshed on every write) and the resource count.
 */
const readMarker = (db: Database.Database | undefined) => {
  if (db === undefined) return { newest: null, resources: 0 };
  const row = db
    .prepare<[], { newest: bigint | null; resources: bigint }>(
      'SELECT max(last_seen_ns) AS newest, count(*) AS resources FROM resource',
    )
    .safeIntegers(true)
    .get();

  return {
    newest: row?.newest === null || row === undefined ? null : nsToMs(row.newest),
    resources: Number(row?.resources ?? 0),
  };
};

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
   * Server-sent events: one tick whenever new data lands, so open views refetch their
   * queries with a window that ends now instead of reloading the page.
   */
  ticks: publicProcedure.subscription(async function* ({ signal }) {
    const { livePollMs } = readWebEnv();
    let last = '';
    while (signal?.aborted !== true) {
      const marker = readMarker(openReadStore());
      const key = `${marker.newest}:${marker.resources}`;
      if (key !== last) {
        last = key;
        const tick: LiveTick = {
          newestDataMs: marker.newest,
          resources: marker.resources,
          checkedAtMs: Date.now(),
        };
        yield tracked(key, tick);
      }
      await sleep(livePollMs, signal);
    }
  }),
});
