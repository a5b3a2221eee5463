import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { T0, createTestStore, gauge, sec } from '../query/test-utils/store.ts';
import type { TestStore } from '../query/test-utils/store.ts';
import { NS_PER_DAY, NS_PER_HOUR } from '../query/time.ts';
import { startMaintenance } from './scheduler.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const count = (sql: string): number => Number(store.db.prepare(sql).pluck(true).get());

const silent = () => ({ info: vi.fn(), error: vi.fn() });

const writeOldAndNew = (): void => {
  const [id = 0] = store.series(gauge('up', { instance: 'a' }));
  store.write([
    { seriesId: id, ts: T0 - 30n * NS_PER_DAY, value: 1 },
    { seriesId: id, ts: T0, value: 1 },
    { seriesId: id, ts: T0 + sec(70), value: 0 },
  ]);
};

describe('startMaintenance', () => {
  it('runOnce rolls up dirty hours and enforces retention', async () => {
    writeOldAndNew();
    const logger = silent();
    const maintenance = startMaintenance({
      db: store.db,
      intervalMs: 60_000,
      retention: { rawDays: 7 },
      logger,
      now: () => T0 + NS_PER_HOUR,
    });
    await maintenance.runOnce();
    await maintenance.stop();

    expect(count('SELECT count(*) FROM rollup_dirty')).toBe(0);
    expect(count('SELECT count(*) FROM rollup_1m')).toBe(2);
    expect(count('SELECT count(*) FROM rollup_1h')).toBe(1);
    // The 30-day-old sample was past the raw retention: deleted, and its hour not rolled up.
    expect(count('SELECT count(*) FROM sample')).toBe(2);
    expect(logger.info).toHaveBeenCalledWith(
      'maintenance run',
      expect.objectContaining({ rollupHours: 1, deletedRows: 1 }),
    );
    await expect(maintenance.runOnce()).rejects.toThrow(/stopped/);
  });

  it('never overlaps: concurrent runOnce calls run one after the other', async () => {
    writeOldAndNew();
    const finished: boolean[] = [];
    const finishedAtStart: boolean[][] = [];
    const maintenance = startMaintenance({
      db: store.db,
      intervalMs: 60_000,
      logger: silent(),
      // Called first thing in every run: record which earlier runs had finished by then.
      now: () => {
        finishedAtStart.push([...finished]);

        return T0 + NS_PER_HOUR;
      },
    });
    const runs = [0, 1, 2].map((i) =>
      maintenance.runOnce().then(() => {
        finished[i] = true;
      }),
    );
    await Promise.all(runs);
    await maintenance.stop();
    expect(finishedAtStart).toEqual([[], [true], [true, true]]);
    expect(count('SELECT count(*) FROM rollup_dirty')).toBe(0);
  });

  it('runs on its timer and logs failures instead of throwing', async () => {
    writeOldAndNew();
    const logger = silent();
    const maintenance = startMaintenance({ db: store.db, intervalMs: 5, logger });
    await vi.waitFor(() => expect(count('SELECT count(*) FROM rollup_dirty')).toBe(0));
    store.db.exec('DROP TABLE rollup_dirty');
    await vi.waitFor(() =>
      expect(logger.error).toHaveBeenCalledWith(
        'maintenance run failed',
        expect.objectContaining({ error: expect.stringMatching(/rollup_dirty/) as unknown }),
      ),
    );
    await maintenance.stop();
  });

  it('catches up on a backlog of dirty hours in quick runs instead of one run per interval', async () => {
    const [id = 0] = store.series(gauge('up', { instance: 'a' }));
    // Ten days of backfilled history: 240 dirty hours, ten runs of 24.
    store.write(
      Array.from({ length: 240 }, (_, hour) => ({
        seriesId: id,
        ts: T0 - BigInt(hour) * NS_PER_HOUR,
        value: 1,
      })),
    );
    const maintenance = startMaintenance({
      db: store.db,
      intervalMs: 3_600_000,
      catchUpDelayMs: 5,
      logger: silent(),
      now: () => T0 + NS_PER_HOUR,
    });
    // The first timer run waits a whole interval; after runOnce the backlog drains by itself.
    await maintenance.runOnce();
    await vi.waitFor(() => expect(count('SELECT count(*) FROM rollup_dirty')).toBe(0), {
      timeout: 5000,
    });
    expect(count('SELECT count(*) FROM rollup_1h')).toBe(240);
    await maintenance.stop();
  });
});
