import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runRollups } from '../maintenance/rollups.ts';
import { queryRange } from './query-range.ts';
import { chooseResolution } from './resolution.ts';
import { T0, counter, createTestStore, gauge, sec } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';
import { NS_PER_DAY, NS_PER_HOUR, NS_PER_MINUTE } from './time.ts';
import type { QueryRangeParams } from './types.ts';

describe('chooseResolution', () => {
  const now = T0;
  const choose = (rangeNs: bigint, stepNs: bigint, ageNs = 0n) =>
    chooseResolution({ fromNs: now - ageNs - rangeNs, toNs: now - ageNs, stepNs, nowNs: now });

  it('reads raw samples for short ranges or sub-minute steps inside the raw retention', () => {
    expect(choose(NS_PER_HOUR, sec(15))).toBe('raw');
    expect(choose(6n * NS_PER_HOUR, NS_PER_HOUR)).toBe('raw');
    expect(choose(NS_PER_DAY, sec(30))).toBe('raw');
  });

  it('reads 1m rollups for steps of a minute or more, 1h rollups for steps of an hour', () => {
    expect(choose(NS_PER_DAY, NS_PER_MINUTE)).toBe('1m');
    expect(choose(7n * NS_PER_DAY, 5n * NS_PER_MINUTE)).toBe('1m');
    expect(choose(7n * NS_PER_DAY, NS_PER_HOUR)).toBe('1h');
  });

  it('reads rollups for ranges older than the raw or 1m retention', () => {
    expect(choose(NS_PER_HOUR, sec(15), 20n * NS_PER_DAY)).toBe('1m');
    expect(choose(NS_PER_HOUR, sec(15), 100n * NS_PER_DAY)).toBe('1h');
    const custom = chooseResolution({
      fromNs: now - 3n * NS_PER_DAY,
      toNs: now,
      stepNs: sec(30),
      nowNs: now,
      retention: { rawDays: 1, rollup1mDays: 2 },
    });
    expect(custom).toBe('1h');
  });
});

describe('queryRange resolution', () => {
  let store: TestStore;
  beforeEach(() => {
    store = createTestStore();
  });
  afterEach(() => store.close());

  const START = T0 - 48n * NS_PER_HOUR;
  const MINUTES = 48 * 60;

  /** A gauge whose value is its minute index, and a counter growing 10 per minute. */
  const writeTwoDays = (): void => {
    const [level = 0, total = 0] = store.series(
      gauge('queue_depth', { platform: 'knative', instance: 'a' }),
      counter('requests_total', { platform: 'knative', instance: 'a' }),
    );
    for (const [seriesId, value] of [
      [level, (i: number) => i],
      [total, (i: number) => 10 * i],
    ] as const) {
      store.write(
        Array.from({ length: MINUTES }, (_, i) => ({
          seriesId,
          ts: START + BigInt(i) * NS_PER_MINUTE + sec(30),
          value: value(i),
        })),
      );
    }
  };

  const query = (params: Partial<QueryRangeParams>) =>
    queryRange(store.db, {
      kpi: 'queue_depth',
      agg: 'max',
      fromNs: START,
      toNs: T0 - 1n,
      stepNs: NS_PER_HOUR,
      nowNs: T0 + NS_PER_HOUR,
      ...params,
    });

  const hourlyLast = Array.from({ length: 48 }, (_, h) => [
    START + BigInt(h) * NS_PER_HOUR,
    60 * h + 59,
  ]);

  it('falls back to raw samples while the rollups are empty', () => {
    writeTwoDays();
    const result = query({});
    expect(result.resolution).toBe('raw');
    expect(result.series[0]?.points).toEqual(hourlyLast);
  });

  it('reads 1h rollups for a two-day range with an hourly step, with the same values', () => {
    writeTwoDays();
    expect(runRollups(store.db, { maxHours: 100 }).hours).toHaveLength(48);
    const result = query({});
    expect(result.resolution).toBe('1h');
    expect(result.series[0]?.points).toEqual(hourlyLast);
    expect(query({ resolution: 'raw' }).series).toEqual(result.series);

    const rate = query({ kpi: 'requests_total', agg: 'rate' });
    expect(rate.resolution).toBe('1h');
    // The first hour has no earlier row to pair with.
    expect(rate.series[0]?.points).toHaveLength(47);
    for (const [, value] of rate.series[0]?.points ?? []) expect(value).toBeCloseTo(10 / 60, 12);
  });

  it('reads 1m rollups for a day with a 5-minute step', () => {
    writeTwoDays();
    runRollups(store.db, { maxHours: 100 });
    const fromNs = T0 - NS_PER_DAY;
    const result = query({ fromNs, stepNs: 5n * NS_PER_MINUTE });
    expect(result.resolution).toBe('1m');
    expect(result.series[0]?.points).toHaveLength(288);
    expect(result.series[0]?.points[0]).toEqual([fromNs, 24 * 60 + 4]);
    expect(query({ fromNs, stepNs: 5n * NS_PER_MINUTE, resolution: 'raw' }).series).toEqual(
      result.series,
    );
  });

  it('reads 1h rollups for data older than the 1m retention', () => {
    writeTwoDays();
    runRollups(store.db, { maxHours: 100 });
    const result = query({
      stepNs: 5n * NS_PER_MINUTE,
      nowNs: T0 + 3n * NS_PER_DAY,
      retention: { rawDays: 1, rollup1mDays: 2 },
    });
    expect(result.resolution).toBe('1h');
    // Each hourly row covers the twelve 5-minute steps of its hour.
    const points = result.series[0]?.points ?? [];
    expect(points).toHaveLength(48 * 12);
    expect(points[11]).toEqual([START + 55n * NS_PER_MINUTE, 59]);
    expect(points[12]).toEqual([START + NS_PER_HOUR, 119]);
  });
});
