import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createDirtyHourMarker } from '../maintenance/dirty-hours.ts';
import { runRollups } from '../maintenance/rollups.ts';
import { queryRange } from './query-range.ts';
import { T0, createTestStore, insertHistograms, sec } from './test-utils/store.ts';
import type { TestHistogram, TestStore } from './test-utils/store.ts';
import { NS_PER_DAY, NS_PER_HOUR, NS_PER_MINUTE } from './time.ts';
import type { QueryRangeParams } from './types.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const DAYS = 31;
const NOW = T0 + BigInt(DAYS) * NS_PER_DAY;
const SHORT = [0.1, 0.5, 1, 5];
const LONG = [0.1, 0.25, 0.5, 1, 2.5, 5];

/** A small deterministic generator, so failures reproduce. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;

  return seed / 2_147_483_648;
};

/**
 * Six cumulative series in two paradigms, a point every 20 minutes (each series a few seconds
 * off the hour) for 31 days, with resets, and one series that changes layout halfway.
 */
const writeFleet = (): void => {
  const next = random(7);
  const ids = store.series(
    ...Array.from({ length: 6 }, (_, i) => ({
      kpi: 'startup_seconds',
      unit: 's',
      kind: 'histogram',
      resource: { paradigm: i % 2 === 0 ? 'wasm' : 'edge', instance: `i${i}` },
    })),
  );
  const points: TestHistogram[] = [];
  const total = DAYS * 72;
  for (const [i, seriesId] of ids.entries()) {
    let counts: number[] = [];
    let layout: number[] = [];
    for (let k = 0; k < total; k++) {
      const bounds = i === 5 && k >= total / 2 ? LONG : SHORT;
      if (bounds !== layout || next() < 0.005)
        counts = new Array<number>(bounds.length + 1).fill(0);
      layout = bounds;
      counts = counts.map((count, b) => count + Math.floor(next() * (b + 2 + i)));
      points.push({
        seriesId,
        ts: T0 + BigInt(k) * 20n * NS_PER_MINUTE + sec(7 * i),
        bounds,
        counts,
        sum: counts.reduce((a, b) => a + b, 0) * 0.3,
      });
    }
  }
  store.db.transaction(() => insertHistograms(store.db, points)).immediate();
  createDirtyHourMarker(store.db)(points.map((point) => point.ts));
};

describe('histogram queries over hourly rollups', () => {
  it('answer a 30-day p95 at a 3 h step from rollups, as raw reads do', () => {
    writeFleet();
    const query: QueryRangeParams = {
      kpi: 'startup_seconds',
      agg: 'p95',
      by: 'paradigm',
      fromNs: NOW - 30n * NS_PER_DAY,
      toNs: NOW - 1n,
      stepNs: 3n * NS_PER_HOUR,
      nowNs: NOW,
    };
    // Before the rollup job has run there are no rows: raw.
    expect(queryRange(store.db, query).resolution).toBe('raw');
    runRollups(store.db, { maxHours: 10_000 });

    const raw = queryRange(store.db, { ...query, resolution: 'raw' });
    const hourly = queryRange(store.db, query);
    expect(hourly).toMatchObject({ resolution: '1h', source: 'histograms' });
    expect(raw.series).toHaveLength(2);
    expect(raw.series[0]?.points.length).toBeGreaterThan(200);
    expect(hourly.series).toEqual(raw.series);

    for (const agg of ['count', 'rate', 'p50'] as const) {
      expect(queryRange(store.db, { ...query, agg }).series).toEqual(
        queryRange(store.db, { ...query, agg, resolution: 'raw' }).series,
      );
    }
    const avg = queryRange(store.db, { ...query, agg: 'avg' }).series;
    const rawAvg = queryRange(store.db, { ...query, agg: 'avg', resolution: 'raw' }).series;
    avg.forEach((series, i) =>
      series.points.forEach(([ts, value], j) => {
        expect(ts).toBe(rawAvg[i]?.points[j]?.[0]);
        expect(value).toBeCloseTo(rawAvg[i]?.points[j]?.[1] ?? Number.NaN, 9);
      }),
    );
  });

  it('reads raw samples for ranges and steps that chooseResolution keeps raw', () => {
    writeFleet();
    runRollups(store.db, { maxHours: 10_000 });
    const query: QueryRangeParams = {
      kpi: 'startup_seconds',
      agg: 'p95',
      fromNs: NOW - 2n * NS_PER_HOUR,
      toNs: NOW - 1n,
      stepNs: 15n * NS_PER_MINUTE,
      nowNs: NOW,
    };
    expect(queryRange(store.db, query).resolution).toBe('raw');
  });
});
