import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { queryRange } from './query-range.ts';
import { T0, createTestStore, insertEvents, insertHistograms, sec } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';
import { NS_PER_HOUR, NS_PER_MINUTE } from './time.ts';
import type { QueryRangeParams } from './types.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const query = (params: Partial<QueryRangeParams> & Pick<QueryRangeParams, 'kpi' | 'agg'>) =>
  queryRange(store.db, {
    fromNs: T0,
    toNs: T0 + sec(599),
    stepNs: 10n * NS_PER_MINUTE,
    nowNs: T0 + NS_PER_HOUR,
    ...params,
  });

const onlyValue = (result: ReturnType<typeof query>) => result.series[0]?.points[0]?.[1];

describe('queryRange percentiles from events', () => {
  const lambda = { paradigm: 'serverless', platform: 'aws-lambda', workload: 'fn' };
  const spin = { paradigm: 'wasm', platform: 'spin', workload: 'fn' };

  it('is exact: 100 cold starts of 1..100 s have p95 95.05 (linear interpolation)', () => {
    const resourceId = store.resourceId(lambda);
    insertEvents(
      store.db,
      Array.from({ length: 100 }, (_, i) => ({
        type: 'cold_start' as const,
        resourceId,
        platform: 'aws-lambda',
        paradigm: 'serverless',
        ts: T0 + sec(5 * i),
        durationSeconds: 100 - i,
      })),
    );
    const p95 = query({ kpi: 'startup_seconds', agg: 'p95' });
    expect(p95.source).toBe('events');
    expect(p95.resolution).toBe('raw');
    expect(onlyValue(p95)).toBeCloseTo(95.05, 10);
    expect(onlyValue(query({ kpi: 'startup_seconds', agg: 'p50' }))).toBeCloseTo(50.5, 10);
    expect(onlyValue(query({ kpi: 'startup_seconds', agg: 'count' }))).toBe(100);
    expect(onlyValue(query({ kpi: 'startup_seconds', agg: 'max' }))).toBe(100);
    expect(onlyValue(query({ kpi: 'startup_seconds', agg: 'rate' }))).toBeCloseTo(100 / 600, 12);
    const cold = query({ kpi: 'startup_seconds', agg: 'p95', by: 'cold' });
    expect(cold.series[0]?.group).toEqual({ cold: 'true' });
  });

  it('splits invocations by cold label and groups by platform', () => {
    const lambdaId = store.resourceId(lambda);
    const spinId = store.resourceId(spin);
    const invocation =
      (resourceId: number, platform: string, paradigm: string) =>
      (durationSeconds: number, i: number) => ({
        type: 'invocation' as const,
        resourceId,
        platform,
        paradigm,
        ts: T0 + sec(i),
        durationSeconds,
        cold: durationSeconds >= 1,
        error: false,
      });
    insertEvents(store.db, [
      ...[0.1, 0.2, 0.3, 2].map(invocation(lambdaId, 'aws-lambda', 'serverless')),
      ...[0.01, 0.02, 0.03].map(invocation(spinId, 'spin', 'wasm')),
    ]);
    const warm = query({
      kpi: 'request_duration_seconds',
      agg: 'max',
      by: 'platform',
      filters: { matchers: { cold: 'false' } },
    });
    expect(warm.series).toEqual([
      { group: { platform: 'aws-lambda' }, points: [[T0, 0.3]] },
      { group: { platform: 'spin' }, points: [[T0, 0.03]] },
    ]);
    const coldOnly = query({
      kpi: 'request_duration_seconds',
      agg: 'count',
      filters: { matchers: { cold: 'true' } },
    });
    expect(onlyValue(coldOnly)).toBe(1);
    const spinOnly = (filters: QueryRangeParams['filters']) =>
      onlyValue(query({ kpi: 'request_duration_seconds', agg: 'count', filters }));
    expect(spinOnly({ platform: 'spin' })).toBe(3);
    expect(spinOnly({ paradigm: 'wasm' })).toBe(3);
    expect(spinOnly({ platform: 'spin', paradigm: 'serverless' })).toBeUndefined();
  });

  it('counts a quantum job once, at its final state', () => {
    const resourceId = store.resourceId({ paradigm: 'quantum', platform: 'ibm-quantum' });
    const job = (status: string, runSeconds: number | undefined, i: number) => ({
      type: 'quantum_job' as const,
      resourceId,
      platform: 'ibm-quantum',
      paradigm: 'quantum',
      ts: T0 + sec(i),
      status,
      queueSeconds: 30,
      runSeconds,
      attributes: { backend: 'ibm_brisbane' },
    });
    insertEvents(store.db, [job('running', undefined, 1), job('completed', 12, 2)]);
    const queue = query({ kpi: 'job_queue_seconds', agg: 'count', by: 'backend' });
    expect(queue.series).toEqual([{ group: { backend: 'ibm_brisbane' }, points: [[T0, 1]] }]);
    expect(onlyValue(query({ kpi: 'job_duration_seconds', agg: 'avg' }))).toBe(12);
  });
});

describe('queryRange percentiles from histograms', () => {
  const bounds = [0.1, 0.5, 1, 2.5];
  const histogramSeries = (instance: string) =>
    store.series({
      kpi: 'request_duration_seconds',
      unit: 'seconds',
      kind: 'histogram',
      resource: { paradigm: 'ai_ml', platform: 'triton', instance },
    });

  it('interpolates over the increase of cumulative buckets within the step', () => {
    const [id = 0] = histogramSeries('a');
    insertHistograms(store.db, [
      { seriesId: id, ts: T0 - sec(30), bounds, counts: [5, 5, 5, 5, 5], sum: 20 },
      // Increase in the step: 10, 30, 40, 18, 2 (cumulative 10, 40, 80, 98, 100).
      { seriesId: id, ts: T0 + sec(300), bounds, counts: [15, 35, 45, 23, 7], sum: 120 },
    ]);
    const p95 = query({ kpi: 'request_duration_seconds', agg: 'p95' });
    expect(p95.source).toBe('histograms');
    expect(onlyValue(p95)).toBeCloseTo(1 + 1.5 * (15 / 18), 12);
    const p50 = query({ kpi: 'request_duration_seconds', agg: 'p50' });
    expect(onlyValue(p50)).toBeCloseTo(0.5 + 0.5 * (10 / 40), 12);
    expect(onlyValue(query({ kpi: 'request_duration_seconds', agg: 'count' }))).toBe(100);
    expect(onlyValue(query({ kpi: 'request_duration_seconds', agg: 'avg' }))).toBe(1);
  });

  it('treats a drop as a reset and sums delta histograms across series', () => {
    const [cumulative = 0] = histogramSeries('a');
    const [delta = 0] = histogramSeries('b');
    insertHistograms(store.db, [
      { seriesId: cumulative, ts: T0 + sec(10), bounds, counts: [50, 0, 0, 0, 0], sum: 1 },
      // Restarted: everything it holds is new.
      { seriesId: cumulative, ts: T0 + sec(20), bounds, counts: [0, 0, 10, 0, 0], sum: 9 },
      {
        seriesId: delta,
        ts: T0 + sec(30),
        bounds,
        counts: [0, 0, 0, 10, 0],
        sum: 20,
        temporality: 'delta',
      },
    ]);
    // 20 observations: 10 in (0.5, 1], 10 in (1, 2.5]; rank 10 ends the first of them.
    const p50 = query({ kpi: 'request_duration_seconds', agg: 'p50' });
    expect(onlyValue(p50)).toBeCloseTo(1, 12);
    const p95 = query({ kpi: 'request_duration_seconds', agg: 'p95' });
    expect(onlyValue(p95)).toBeCloseTo(1 + 1.5 * (9 / 10), 12);
  });
});

describe('queryRange with events for some groups and steps and histograms for the others', () => {
  const coldStart = (resourceId: number, platform: string, paradigm: string, ts: bigint) => ({
    type: 'cold_start' as const,
    resourceId,
    platform,
    paradigm,
    ts,
    durationSeconds: 0.3,
    cold: true,
  });
  const histogram = (platform: string, paradigm: string) =>
    store.series({
      kpi: 'startup_seconds',
      unit: 'seconds',
      kind: 'histogram',
      resource: { paradigm, platform, instance: `${platform}-1` },
    })[0] ?? 0;

  it('takes exact events where a platform has them and histograms for the other platforms', () => {
    const lambda = store.resourceId({ paradigm: 'serverless', platform: 'aws-lambda' });
    insertEvents(store.db, [
      coldStart(lambda, 'aws-lambda', 'serverless', T0 + sec(10)),
      coldStart(lambda, 'aws-lambda', 'serverless', T0 + sec(11)),
    ]);
    const k3s = histogram('k3s', 'edge');
    insertHistograms(store.db, [
      { seriesId: k3s, ts: T0 - sec(30), bounds: [1, 5], counts: [0, 0, 0], sum: 0 },
      { seriesId: k3s, ts: T0 + sec(300), bounds: [1, 5], counts: [0, 4, 0], sum: 12 },
    ]);

    const result = query({ kpi: 'startup_seconds', agg: 'count', by: 'platform' });
    expect(result.source).toBe('events+histograms');
    expect(result.series).toEqual([
      { group: { platform: 'aws-lambda' }, points: [[T0, 2]] },
      { group: { platform: 'k3s' }, points: [[T0, 4]] },
    ]);
  });

  it("fills a group's steps without events from its histograms, never adding the two", () => {
    const wasmtime = store.resourceId({ paradigm: 'wasm', platform: 'wasmtime' });
    const series = histogram('wasmtime', 'wasm');
    const step = 10n * NS_PER_MINUTE;
    // History as histograms in the first two steps; live spans (events) in the second.
    insertHistograms(store.db, [
      { seriesId: series, ts: T0 - sec(30), bounds: [0.01], counts: [0, 0], sum: 0 },
      { seriesId: series, ts: T0 + sec(300), bounds: [0.01], counts: [6, 0], sum: 0.03 },
      { seriesId: series, ts: T0 + step + sec(300), bounds: [0.01], counts: [9, 0], sum: 0.045 },
    ]);
    insertEvents(store.db, [coldStart(wasmtime, 'wasmtime', 'wasm', T0 + step + sec(20))]);

    const result = query({
      kpi: 'startup_seconds',
      agg: 'count',
      by: 'platform',
      toNs: T0 + 2n * step - 1n,
    });
    expect(result.series).toEqual([
      {
        group: { platform: 'wasmtime' },
        points: [
          [T0, 6],
          [T0 + step, 1],
        ],
      },
    ]);
  });
});
