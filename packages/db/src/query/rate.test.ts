import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { queryRange } from './query-range.ts';
import { T0, counter, createTestStore, sec } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';
import { NS_PER_HOUR, NS_PER_MINUTE } from './time.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const rate = (params: { by?: string; fromNs?: bigint; toNs?: bigint } = {}) =>
  queryRange(store.db, {
    kpi: 'requests_total',
    agg: 'rate',
    fromNs: T0,
    toNs: T0 + sec(179),
    stepNs: NS_PER_MINUTE,
    nowNs: T0 + NS_PER_HOUR,
    ...params,
  });

describe('queryRange rate', () => {
  it('handles a counter reset: a drop counts from zero, so a steady 1/s stays 1/s', () => {
    const [id] = store.series(counter('requests_total', { platform: 'knative', instance: 'a' }));
    // +10 every 10 s; the process restarts at 55 s and has counted 10 again by 60 s.
    const values = [0, 10, 20, 30, 40, 50, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120];
    store.write(values.map((value, i) => ({ seriesId: id ?? 0, ts: T0 + sec(10 * i), value })));

    const points = rate().series[0]?.points ?? [];
    expect(points.map(([ts]) => ts)).toEqual([T0, T0 + sec(60), T0 + sec(120)]);
    for (const [, value] of points) expect(value).toBeCloseTo(1, 12);
  });

  it('sums per-series rates per group', () => {
    const [a, b, c] = store.series(
      counter('requests_total', { paradigm: 'serverless', platform: 'aws-lambda', instance: 'a' }),
      counter('requests_total', { paradigm: 'serverless', platform: 'knative', instance: 'b' }),
      counter('requests_total', { paradigm: 'edge', platform: 'k3s', instance: 'c' }),
    );
    const write = (seriesId: number, perSecond: number) =>
      store.write(
        Array.from({ length: 12 }, (_, i) => ({
          seriesId,
          ts: T0 + sec(15 * i),
          value: 1000 + perSecond * 15 * i,
        })),
      );
    write(a ?? 0, 2);
    write(b ?? 0, 0.5);
    write(c ?? 0, 4);

    const result = rate({ by: 'paradigm' });
    expect(result.series.map((series) => series.group)).toEqual([
      { paradigm: 'edge' },
      { paradigm: 'serverless' },
    ]);
    for (const [, value] of result.series[1]?.points ?? []) expect(value).toBeCloseTo(2.5, 12);
    for (const [, value] of result.series[0]?.points ?? []) expect(value).toBeCloseTo(4, 12);
  });

  it('uses the sample before the range for the first step and ignores pairs across a gap', () => {
    const [id] = store.series(counter('requests_total', { instance: 'a' }));
    store.write([
      { seriesId: id ?? 0, ts: T0 - sec(20), value: 100 },
      { seriesId: id ?? 0, ts: T0 + sec(10), value: 130 },
      // 20 minutes later: the pair spans more than the lookback and adds nothing.
      { seriesId: id ?? 0, ts: T0 + sec(1210), value: 5000 },
      { seriesId: id ?? 0, ts: T0 + sec(1220), value: 5010 },
    ]);
    const result = rate({ toNs: T0 + sec(1259) });
    expect(result.series[0]?.points).toEqual([
      [T0, 1],
      [T0 + sec(1200), 1],
    ]);
  });

  it('pairs the samples of a series that reports less often than the lookback', () => {
    const [id] = store.series(counter('requests_total', { instance: 'sparse' }));
    // Every 10 minutes, +1,200 (2/s), as backfilled history or a slow exporter sends it.
    store.write(
      Array.from({ length: 6 }, (_, i) => ({
        seriesId: id ?? 0,
        ts: T0 + sec(600 * i),
        value: 1200 * i,
      })),
    );
    const points = rate({ toNs: T0 + sec(3599) }).series[0]?.points ?? [];
    expect(points.map(([ts]) => ts)).toEqual([1, 2, 3, 4, 5].map((i) => T0 + sec(600 * i)));
    for (const [, value] of points) expect(value).toBeCloseTo(2, 12);
  });
});
