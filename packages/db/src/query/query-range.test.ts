import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { STALE_NAN } from '../value-kind.ts';
import { queryRange } from './query-range.ts';
import { T0, createTestStore, gauge, sec } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';
import { NS_PER_HOUR, NS_PER_MINUTE } from './time.ts';
import type { QueryRangeParams } from './types.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const base = {
  kpi: 'memory_bytes',
  fromNs: T0,
  toNs: T0 + sec(179),
  stepNs: NS_PER_MINUTE,
  nowNs: T0 + NS_PER_HOUR,
} as const;

const query = (params: Partial<QueryRangeParams>) =>
  queryRange(store.db, { ...base, agg: 'avg', ...params });

/** Samples every 15 s for 3 minutes; value(i) for the i-th sample. */
const writeSeries = (seriesId: number, value: (i: number) => number, count = 12): void =>
  store.write(
    Array.from({ length: count }, (_, i) => ({ seriesId, ts: T0 + sec(15 * i), value: value(i) })),
  );

const setupFleet = (): void => {
  const [a, b, c] = store.series(
    gauge('memory_bytes', { paradigm: 'wasm', platform: 'wasmtime', instance: 'a' }),
    gauge('memory_bytes', { paradigm: 'wasm', platform: 'wasmedge', instance: 'b' }),
    gauge('memory_bytes', { paradigm: 'container', platform: 'kubernetes', instance: 'c' }),
  );
  writeSeries(a ?? 0, (i) => 10 * i); // last per minute: 30, 70, 110
  writeSeries(b ?? 0, (i) => 1000 + i); // 1003, 1007, 1011
  writeSeries(c ?? 0, () => 50);
};

describe('queryRange over gauges', () => {
  it('averages and sums the per-series last value of each step by paradigm', () => {
    setupFleet();
    const avg = query({ agg: 'avg', by: 'paradigm' });
    expect(avg.resolution).toBe('raw');
    expect(avg.source).toBe('samples');
    expect(avg.series).toEqual([
      {
        group: { paradigm: 'container' },
        points: [
          [T0, 50],
          [T0 + sec(60), 50],
          [T0 + sec(120), 50],
        ],
      },
      {
        group: { paradigm: 'wasm' },
        points: [
          [T0, (30 + 1003) / 2],
          [T0 + sec(60), (70 + 1007) / 2],
          [T0 + sec(120), (110 + 1011) / 2],
        ],
      },
    ]);
    const sum = query({ agg: 'sum', by: 'paradigm', filters: { paradigm: 'wasm' } });
    expect(sum.series).toEqual([
      {
        group: { paradigm: 'wasm' },
        points: [
          [T0, 1033],
          [T0 + sec(60), 1077],
          [T0 + sec(120), 1121],
        ],
      },
    ]);
  });

  it('groups by platform, counts series and takes min and max across them', () => {
    setupFleet();
    const byPlatform = query({ agg: 'max', by: 'platform' });
    expect(byPlatform.series.map((series) => series.group.platform)).toEqual([
      'kubernetes',
      'wasmedge',
      'wasmtime',
    ]);
    const first = (agg: QueryRangeParams['agg']) => query({ agg }).series[0]?.points[0]?.[1];
    expect(first('count')).toBe(3);
    expect(first('min')).toBe(30);
    expect(first('max')).toBe(1003);
  });

  it('aligns buckets to the step whatever fromNs is', () => {
    setupFleet();
    const result = query({ agg: 'sum', fromNs: T0 + sec(70), toNs: T0 + sec(130) });
    expect(result.series[0]?.points.map(([ts]) => ts)).toEqual([T0 + sec(60), T0 + sec(120)]);
  });

  it('ends a series at a stale marker until its next real sample', () => {
    const [ended, twin] = store.series(
      gauge('memory_bytes', { platform: 'p', instance: 'ended' }),
      gauge('memory_bytes', { platform: 'p', instance: 'twin' }),
    );
    for (const seriesId of [ended ?? 0, twin ?? 0]) {
      store.write([
        { seriesId, ts: T0 + sec(45), value: 7 },
        { seriesId, ts: T0 + sec(200), value: 9 },
      ]);
    }
    store.write([{ seriesId: ended ?? 0, ts: T0 + sec(65), value: STALE_NAN, stale: true }]);
    const result = query({ agg: 'max', by: 'instance', toNs: T0 + sec(239) });
    const points = (instance: string) =>
      result.series.find((series) => series.group.instance === instance)?.points;
    // The twin is carried by the 5-minute lookback through the empty steps.
    expect(points('twin')).toEqual([
      [T0, 7],
      [T0 + sec(60), 7],
      [T0 + sec(120), 7],
      [T0 + sec(180), 9],
    ]);
    expect(points('ended')).toEqual([
      [T0, 7],
      [T0 + sec(180), 9],
    ]);
  });

  it('uses only samples inside each step when lookbackNs is 0', () => {
    const [id] = store.series(gauge('memory_bytes', { instance: 'x' }));
    store.write([{ seriesId: id ?? 0, ts: T0 + sec(45), value: 7 }]);
    expect(query({ agg: 'max', lookbackNs: 0n }).series[0]?.points).toEqual([[T0, 7]]);
  });

  it('ignores NaN samples in every aggregation', () => {
    const [x, y, onlyNaN] = store.series(
      gauge('memory_bytes', { instance: 'x' }),
      gauge('memory_bytes', { instance: 'y' }),
      gauge('memory_bytes', { instance: 'nan' }),
    );
    store.write([
      { seriesId: x ?? 0, ts: T0, value: 4 },
      { seriesId: x ?? 0, ts: T0 + sec(30), value: Number.NaN },
      { seriesId: y ?? 0, ts: T0 + sec(30), value: 10 },
      { seriesId: onlyNaN ?? 0, ts: T0 + sec(30), value: Number.NaN },
    ]);
    const value = (agg: QueryRangeParams['agg']) =>
      query({ agg, toNs: T0 + sec(59) }).series[0]?.points[0]?.[1];
    expect(value('avg')).toBe(7);
    expect(value('sum')).toBe(14);
    expect(value('count')).toBe(2);
    expect(value('min')).toBe(4);
    expect(value('p50')).toBe(7);
  });

  it('computes percentiles over gauge sample values when there are no events or histograms', () => {
    const [id] = store.series(gauge('startup_seconds', { platform: 'wasmtime', instance: 'x' }));
    store.write(
      Array.from({ length: 100 }, (_, i) => ({ seriesId: id ?? 0, ts: T0 + sec(i), value: i + 1 })),
    );
    const result = queryRange(store.db, {
      ...base,
      kpi: 'startup_seconds',
      agg: 'p95',
      stepNs: 10n * NS_PER_MINUTE,
      toNs: T0 + sec(599),
    });
    expect(result.source).toBe('samples');
    expect(result.series[0]?.points[0]?.[1]).toBeCloseTo(95.05, 10);
  });

  it('rejects malformed queries', () => {
    expect(() => query({ stepNs: 0n })).toThrow(/stepNs/);
    expect(() => query({ toNs: T0 - 1n })).toThrow(/toNs/);
    expect(() => query({ stepNs: 1n })).toThrow(/milliseconds/);
    expect(() => query({ stepNs: 1_000_000n })).toThrow(/points/);
    expect(() => query({ agg: 'median' as QueryRangeParams['agg'] })).toThrow(/agg/);
  });
});
