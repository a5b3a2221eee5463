import { PARADIGM_IDS } from '@fleetlens/schema';
import { expect, test } from '@playwright/test';

import { COLLECTOR_URL, SIMULATOR_URL } from './product.ts';

const READY_WITHIN_MS = 420_000;

/** The live hours are always being rolled up; a backlog beyond them is the backfill's. */
const LIVE_DIRTY_HOURS = 3;

const rollupBacklog = async (): Promise<number> => {
  try {
    const text = await (await fetch(`${COLLECTOR_URL}/metrics`)).text();
    const line = /^fleetlens_rollup_pending_hours (\d+)/m.exec(text);
    return line === null ? Number.POSITIVE_INFINITY : Number(line[1]);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

const fetchJson = async (url: string): Promise<unknown> => {
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The views are visited once the backfill is in, rolled up for long ranges, and every
 * paradigm reports live.
 */
test('the simulated fleet has its history and every paradigm', async () => {
  test.setTimeout(READY_WITHIN_MS + 10_000);
  await expect
    .poll(
      async () => {
        const health = (await fetchJson(`${SIMULATOR_URL}/healthz`)) as
          { phase?: string } | undefined;
        const inventory = (await fetchJson(`${COLLECTOR_URL}/api/v1/resources?limit=10000`)) as
          { resources: { paradigm: string }[] } | undefined;
        const paradigms = new Set(inventory?.resources.map((resource) => resource.paradigm));
        const rolledUp = (await rollupBacklog()) <= LIVE_DIRTY_HOURS;
        return { phase: health?.phase, paradigms: [...paradigms].sort(), rolledUp };
      },
      { timeout: READY_WITHIN_MS, intervals: [2000] },
    )
    .toEqual({ phase: 'live', paradigms: [...PARADIGM_IDS].sort(), rolledUp: true });
});
