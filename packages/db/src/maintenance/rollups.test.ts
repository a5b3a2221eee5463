import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { T0, createTestStore, gauge, sec } from '../query/test-utils/store.ts';
import type { TestStore } from '../query/test-utils/store.ts';
import { NS_PER_HOUR, NS_PER_MINUTE } from '../query/time.ts';
import { STALE_NAN } from '../value-kind.ts';
import { createDirtyHourMarker } from './dirty-hours.ts';
import { runRollups } from './rollups.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

type RollupRow = {
  series_id: bigint;
  bucket_start_ns: bigint;
  count: bigint;
  sum: number;
  min: number;
  max: number;
  last: number;
};

const rows = (table: 'rollup_1m' | 'rollup_1h'): RollupRow[] =>
  store.db
    .prepare<[], RollupRow>(`SELECT * FROM ${table} ORDER BY series_id, bucket_start_ns`)
    .all();

const dirtyHours = (): bigint[] =>
  store.db
    .prepare<[], bigint>('SELECT hour_start_ns FROM rollup_dirty ORDER BY 1')
    .pluck(true)
    .all();

/** Two hours of samples every 10 s, with NaN, ±Inf and stale markers sprinkled in. */
const writeData = (): { ids: number[]; values: Map<number, [bigint, number][]> } => {
  const ids = store.series(
    gauge('memory_bytes', { instance: 'a' }),
    gauge('memory_bytes', { instance: 'b' }),
  );
  const values = new Map<number, [bigint, number][]>();
  for (const [n, seriesId] of ids.entries()) {
    const samples = Array.from({ length: 720 }, (_, i) => {
      const ts = T0 + sec(10 * i);
      const special = [Number.NaN, Infinity, -Infinity, STALE_NAN][(i + n) % 17];
      const value = special ?? Math.sin(i + n) * 100 + n;

      return { seriesId, ts, value, stale: value === STALE_NAN };
    });
    store.write(samples);
    values.set(
      seriesId,
      samples.filter((s) => Number.isFinite(s.value)).map((s) => [s.ts, s.value]),
    );
  }

  return { ids, values };
};

/** The rollup of finite samples computed independently, in JavaScript. */
const expected = (values: Map<number, [bigint, number][]>, widthNs: bigint) =>
  [...values.entries()].flatMap(([seriesId, samples]) => {
    const buckets = new Map<bigint, number[]>();
    for (const [ts, value] of samples) {
      const bucket = ts - (ts % widthNs);
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), value]);
    }

    return [...buckets.entries()].map(([bucket, list]) => ({
      series_id: BigInt(seriesId),
      bucket_start_ns: bucket,
      count: BigInt(list.length),
      sum: list.reduce((a, b) => a + b, 0),
      min: Math.min(...list),
      max: Math.max(...list),
      last: list[list.length - 1],
    }));
  });

const close = (actual: RollupRow[], wanted: ReturnType<typeof expected>) => {
  expect(actual).toHaveLength(wanted.length);
  actual.forEach((row, i) => {
    const { sum, ...exact } = wanted[i] ?? { sum: Number.NaN };
    expect(row).toMatchObject(exact);
    expect(row.sum).toBeCloseTo(sum, 9);
  });
};

describe('runRollups', () => {
  it('rolls finite raw samples up into 1m and 1h rows equal to the raw aggregates', () => {
    const { values } = writeData();
    expect(dirtyHours()).toEqual([T0, T0 + NS_PER_HOUR]);

    const result = runRollups(store.db, { maxHours: 10 });
    expect(result.hours).toEqual([T0 + NS_PER_HOUR, T0]);
    expect(result.remaining).toBe(false);
    expect(dirtyHours()).toEqual([]);
    close(rows('rollup_1m'), expected(values, NS_PER_MINUTE));
    close(rows('rollup_1h'), expected(values, NS_PER_HOUR));
    expect(rows('rollup_1m')).toHaveLength(2 * 120);
  });

  it('is idempotent: a re-run of the same hours writes the same rows', () => {
    writeData();
    runRollups(store.db);
    const first = [rows('rollup_1m'), rows('rollup_1h')];
    createDirtyHourMarker(store.db)([T0, T0 + NS_PER_HOUR]);
    expect(runRollups(store.db).hours).toHaveLength(2);
    expect([rows('rollup_1m'), rows('rollup_1h')]).toEqual(first);
  });

  it('recomputes an hour when late samples arrive', () => {
    const { ids } = writeData();
    runRollups(store.db);
    store.write([{ seriesId: ids[0] ?? 0, ts: T0 + sec(5), value: 1e6 }]);
    expect(runRollups(store.db).hours).toEqual([T0]);
    const minute = rows('rollup_1m').find(
      (row) => row.series_id === BigInt(ids[0] ?? 0) && row.bucket_start_ns === T0,
    );
    expect(minute?.max).toBe(1e6);
    expect(rows('rollup_1h').find((row) => row.bucket_start_ns === T0)?.max).toBe(1e6);
  });

  it('processes at most maxHours, newest first, and skips hours before skipBeforeNs', () => {
    writeData();
    const first = runRollups(store.db, { maxHours: 1 });
    expect(first).toMatchObject({ hours: [T0 + NS_PER_HOUR], remaining: true });
    const second = runRollups(store.db, { skipBeforeNs: T0 + NS_PER_HOUR });
    expect(second).toMatchObject({ hours: [], skipped: [T0], remaining: false });
    expect(rows('rollup_1h').map((row) => row.bucket_start_ns)).toEqual([
      T0 + NS_PER_HOUR,
      T0 + NS_PER_HOUR,
    ]);
    expect(dirtyHours()).toEqual([]);
  });
});
