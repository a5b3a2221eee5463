import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { STALE_NAN } from '../value-kind.ts';
import { runRollups } from '../maintenance/rollups.ts';
import { querySamples } from './sample-source.ts';
import type { SampleQuery } from './sample-source.ts';
import { selectSeriesGroups } from './series-groups.ts';
import { T0, createTestStore, gauge, sec } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';
import { NS_PER_MINUTE } from './time.ts';
import type { Agg, Resolution } from './types.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;

  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('querySamples read strategies', () => {
  it('per-step seeks and full scans give the same step values, raw and rolled up', () => {
    const next = random(42);
    const ids = store.series(
      ...Array.from({ length: 6 }, (_, i) =>
        gauge('memory_bytes', { instance: `i${i}`, workload: `w${i % 2}` }),
      ),
    );
    for (const [n, seriesId] of ids.entries()) {
      const interval = [1, 5, 15, 40, 90, 400][n] ?? 15;
      const rows = [];
      for (let t = Math.floor(next() * interval); t < 1800; t += interval) {
        const roll = next();
        const value =
          roll < 0.05
            ? Number.NaN
            : roll < 0.08
              ? STALE_NAN
              : roll < 0.09
                ? Infinity
                : next() * 100;
        rows.push({ seriesId, ts: T0 + sec(t) + 123_456n, value, stale: value === STALE_NAN });
      }
      store.write(rows);
    }
    runRollups(store.db);
    const series = selectSeriesGroups(store.db, { kpi: 'memory_bytes', by: 'workload' });
    const compare = (resolution: Resolution, query: SampleQuery): void => {
      const scan = querySamples(store.db, series, query, resolution, 'scan');
      expect(querySamples(store.db, series, query, resolution, 'seek')).toEqual(scan);
      expect(scan.length).toBeGreaterThan(0);
    };
    for (const stepNs of [sec(15), NS_PER_MINUTE, 5n * NS_PER_MINUTE]) {
      for (const lookbackNs of [0n, 5n * NS_PER_MINUTE]) {
        for (const agg of ['avg', 'sum', 'min', 'max', 'count'] as Agg[]) {
          const query = {
            fromNs: T0 + sec(100),
            toNs: T0 + sec(1700),
            stepNs,
            agg,
            by: 'workload',
            lookbackNs,
          };
          compare('raw', query);
          if (stepNs >= NS_PER_MINUTE) compare('1m', query);
        }
      }
    }
  });
});
