import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  T0,
  createTestStore,
  gauge,
  insertEvents,
  insertHistograms,
} from '../query/test-utils/store.ts';
import type { TestStore } from '../query/test-utils/store.ts';
import { NS_PER_DAY, NS_PER_HOUR } from '../query/time.ts';
import { enforceRetention } from './retention.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const NOW = T0 + 100n * NS_PER_DAY;
const RETENTION = { rawDays: 2, rollup1mDays: 10, rollup1hDays: 50, eventsDays: 5, nowNs: NOW };
const ageDays = [0.5, 1, 3, 7, 20, 60, 90];

const count = (sql: string): number => Number(store.db.prepare(sql).pluck(true).get());

const fill = (): void => {
  const ids = store.series(gauge('up', { instance: 'a' }), gauge('up', { instance: 'b' }));
  const resourceId = store.resourceId({ instance: 'a' });
  const rollup = (table: string, seriesId: number, ts: bigint) =>
    store.db
      .prepare(
        `INSERT INTO ${table} (series_id, bucket_start_ns, count, sum, min, max, last) ` +
          'VALUES (?, ?, 1, 1, 1, 1, 1)',
      )
      .run(seriesId, ts);
  for (const seriesId of ids) {
    for (const days of ageDays) {
      // Ten samples per age, an hour apart, all on the same side of every cutoff.
      for (let k = 0n; k < 10n; k++) {
        const ts = NOW - BigInt(days * 24) * NS_PER_HOUR + (k * NS_PER_HOUR) / 100n;
        store.write([{ seriesId, ts, value: 1 }]);
        rollup('rollup_1m', seriesId, ts);
        rollup('rollup_1h', seriesId, ts);
        insertHistograms(store.db, [{ seriesId, ts, bounds: [1], counts: [1, 0], sum: 1 }]);
        store.db
          .prepare(
            'INSERT INTO histogram_rollup_1h (series_id, bucket_start_ns, bounds, count, sum, ' +
              "bucket_counts) VALUES (?, ?, '[1]', 1, 1, '[1,0]')",
          )
          .run(seriesId, ts);
        insertEvents(store.db, [
          { type: 'cold_start', resourceId, platform: 'p', paradigm: 'q', ts, durationSeconds: 1 },
        ]);
      }
    }
  }
  // As if the rollup job had read every hour: only retention decides what goes.
  store.db.prepare('DELETE FROM rollup_dirty').run();
};

/** Rows older than `days`: 2 series x 10 rows for each age above it. */
const older = (days: number): number => 20 * ageDays.filter((age) => age > days).length;

describe('enforceRetention', () => {
  it('deletes only rows older than each retention and returns the counts', async () => {
    fill();
    const result = await enforceRetention(store.db, RETENTION);
    expect(result).toMatchObject({
      sample: older(2),
      histogramSample: older(2),
      summarySample: 0,
      rollup1m: older(10),
      rollup1h: older(50),
      histogramRollup1h: older(50),
      event: older(5),
    });
    const total = 20 * ageDays.length;
    expect(count('SELECT count(*) FROM sample')).toBe(total - older(2));
    expect(count('SELECT count(*) FROM histogram_sample')).toBe(total - older(2));
    expect(count('SELECT count(*) FROM rollup_1m')).toBe(total - older(10));
    expect(count('SELECT count(*) FROM rollup_1h')).toBe(total - older(50));
    expect(count('SELECT count(*) FROM histogram_rollup_1h')).toBe(total - older(50));
    expect(count('SELECT count(*) FROM event')).toBe(total - older(5));
    const cutoff = NOW - 2n * NS_PER_DAY;
    expect(count(`SELECT count(*) FROM sample WHERE ts < ${cutoff}`)).toBe(0);
    expect(count(`SELECT min(ts) >= ${cutoff} FROM sample`)).toBe(1);
  });

  it('deletes in transactions of at most maxRowsPerTransaction rows', async () => {
    fill();
    const result = await enforceRetention(store.db, { ...RETENTION, maxRowsPerTransaction: 7 });
    expect(result.sample).toBe(older(2));
    const deleted = 2 * older(2) + older(10) + older(50) + older(5);
    expect(result.rollup1m + result.rollup1h + result.event + result.histogramSample).toBe(
      deleted - older(2),
    );
    expect(result.transactions).toBeGreaterThanOrEqual(Math.ceil(deleted / 7));
    expect(count('SELECT count(*) FROM sample')).toBe(20 * ageDays.length - older(2));
  });

  it('deletes nothing when everything is recent, and runs again as a no-op', async () => {
    fill();
    const keepAll = { rawDays: 365, rollup1mDays: 365, rollup1hDays: 365, eventsDays: 365 };
    const result = await enforceRetention(store.db, { ...keepAll, nowNs: NOW });
    expect(result).toMatchObject({ sample: 0, rollup1m: 0, rollup1h: 0, event: 0 });
    await enforceRetention(store.db, RETENTION);
    const again = await enforceRetention(store.db, RETENTION);
    expect(again).toMatchObject({ sample: 0, histogramSample: 0, rollup1m: 0, event: 0 });
  });

  it('keeps raw rows of hours the rollup job has not read yet', async () => {
    fill();
    // A backfill marked the 20-day-old hours dirty: their raw rows must wait for the rollups.
    const dirtyHour = NOW - 20n * NS_PER_DAY;
    store.db
      .prepare('INSERT INTO rollup_dirty (hour_start_ns) VALUES (?) ON CONFLICT DO NOTHING')
      .run(dirtyHour - (dirtyHour % NS_PER_HOUR));
    await enforceRetention(store.db, RETENTION);

    expect(count('SELECT count(*) FROM sample')).toBe(20 * 5);
  });
});
