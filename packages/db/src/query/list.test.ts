import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { STALE_NAN } from '../value-kind.ts';
import { listEvents } from './list-events.ts';
import { countResourcesBy, listResources } from './list-resources.ts';
import { listSeries } from './list-series.ts';
import {
  T0,
  createTestStore,
  gauge,
  insertEvents,
  insertHistograms,
  sec,
} from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';
import { NS_PER_HOUR, NS_PER_MINUTE } from './time.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

describe('listSeries', () => {
  it('returns each series with its resource, labels and exact latest value', () => {
    const resource = { paradigm: 'ai_ml', platform: 'nvidia-dcgm-exporter', node: 'gpu-1' };
    const keys = ['nan', 'inf', 'neg-inf', 'stale', 'neg-zero', 'plain'].map((gpu) =>
      gauge('gpu_utilization_ratio', resource, { gpu }),
    );
    const ids = store.series(...keys, gauge('up', resource));
    const latest = [Number.NaN, Infinity, -Infinity, STALE_NAN, -0, 0.5];
    store.write(
      latest.flatMap((value, i) => [
        { seriesId: ids[i] ?? 0, ts: T0, value: 1 },
        { seriesId: ids[i] ?? 0, ts: T0 + sec(15), value, stale: value === STALE_NAN },
      ]),
    );

    const series = listSeries(store.db, { kpi: 'gpu_utilization_ratio' });
    expect(series).toHaveLength(6);
    const byGpu = new Map(series.map((info) => [info.labels.gpu, info]));
    expect(byGpu.get('nan')?.latest?.value).toBeNaN();
    expect(byGpu.get('inf')?.latest?.value).toBe(Infinity);
    expect(byGpu.get('neg-inf')?.latest?.value).toBe(-Infinity);
    expect(byGpu.get('stale')?.latest?.stale).toBe(true);
    expect(Object.is(byGpu.get('neg-zero')?.latest?.value, -0)).toBe(true);
    expect(byGpu.get('plain')).toMatchObject({
      kpi: 'gpu_utilization_ratio',
      kind: 'gauge',
      unit: 'count',
      labels: { gpu: 'plain' },
      resource: {
        paradigm: 'ai_ml',
        platform: 'nvidia-dcgm-exporter',
        node: 'gpu-1',
        cluster: null,
      },
      latest: { tsNs: T0 + sec(15), value: 0.5, stale: false },
    });
    expect(listSeries(store.db, { kpi: 'up' })[0]?.latest).toBeNull();
  });

  it('filters by resource fields and labels, and honours the limit', () => {
    store.series(
      gauge('memory_bytes', { platform: 'spin', workload: 'api' }, { model: 'a' }),
      gauge('memory_bytes', { platform: 'spin', workload: 'web' }, { model: 'b' }),
      gauge('memory_bytes', { platform: 'wasmtime', workload: 'api' }),
    );
    const workloads = (matchers: Record<string, string>, platform?: string) =>
      listSeries(store.db, { platform, matchers }).map((info) => info.resource.workload);
    expect(workloads({ workload: 'api' })).toEqual(['api', 'api']);
    expect(workloads({ workload: 'api' }, 'spin')).toEqual(['api']);
    expect(workloads({ model: 'b' })).toEqual(['web']);
    // An empty matcher selects series without the label.
    expect(workloads({ model: '' })).toEqual(['api']);
    expect(listSeries(store.db, { limit: 2 })).toHaveLength(2);
    expect(() => listSeries(store.db, { limit: 0 })).toThrow(/limit/);
  });

  it('reports the newest observation count of histogram series', () => {
    const [id = 0] = store.series({
      kpi: 'request_duration_seconds',
      unit: 'seconds',
      kind: 'histogram',
      resource: { platform: 'triton' },
    });
    insertHistograms(store.db, [
      { seriesId: id, ts: T0, bounds: [1], counts: [1, 2], sum: 3 },
      { seriesId: id, ts: T0 + sec(15), bounds: [1], counts: [4, 2], sum: 5 },
    ]);
    expect(listSeries(store.db)[0]?.latest).toEqual({ tsNs: T0 + sec(15), value: 6, stale: false });
  });
});

describe('listResources and countResourcesBy', () => {
  it('lists the inventory with series counts and sightings', () => {
    store.series(
      gauge('memory_bytes', { paradigm: 'wasm', platform: 'spin', instance: 'a' }),
      gauge('up', { paradigm: 'wasm', platform: 'spin', instance: 'a' }),
      gauge('up', { paradigm: 'container', platform: 'kubernetes', instance: 'b' }),
    );
    const resources = listResources(store.db);
    expect(resources.map((r) => [r.paradigm, r.instance, r.seriesCount])).toEqual([
      ['container', 'b', 1],
      ['wasm', 'a', 2],
    ]);
    expect(resources[0]).toMatchObject({ firstSeenNs: T0, lastSeenNs: T0, attributes: {} });
    expect(listResources(store.db, { matchers: { instance: 'a' } })).toHaveLength(1);
    expect(listResources(store.db, { seenSinceNs: T0 + 1n })).toHaveLength(0);
    expect(() => listResources(store.db, { matchers: { model: 'x' } })).toThrow(/resources/);
  });

  it('counts resources seen in a window per paradigm', () => {
    const touch = (paradigm: string, instance: string, first: bigint, last: bigint) =>
      store.db
        .prepare(
          'INSERT INTO resource (fingerprint, paradigm, platform, instance, first_seen_ns, ' +
            'last_seen_ns) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(`${paradigm}-${instance}`, paradigm, `${paradigm}-platform`, instance, first, last);
    touch('wasm', 'a', T0, T0 + NS_PER_HOUR);
    touch('wasm', 'b', T0 + 2n * NS_PER_HOUR, T0 + 3n * NS_PER_HOUR);
    touch('container', 'c', T0, T0 + 3n * NS_PER_HOUR);
    const at = (atNs: bigint) =>
      countResourcesBy(store.db, 'paradigm', { atNs, windowNs: NS_PER_MINUTE });
    expect(at(T0 + 30n * NS_PER_MINUTE)).toEqual([
      { value: 'container', count: 1 },
      { value: 'wasm', count: 1 },
    ]);
    expect(at(T0 + 90n * NS_PER_MINUTE)).toEqual([{ value: 'container', count: 1 }]);
    expect(countResourcesBy(store.db, 'platform', { atNs: T0 + 3n * NS_PER_HOUR })).toEqual([
      { value: 'container-platform', count: 1 },
      { value: 'wasm-platform', count: 1 },
    ]);
  });
});

describe('listEvents', () => {
  it('lists events of one type in a range, newest first', () => {
    const resourceId = store.resourceId({ paradigm: 'serverless', platform: 'aws-lambda' });
    const event = (ts: bigint, platform: string, durationSeconds: number) => ({
      type: 'cold_start' as const,
      resourceId,
      platform,
      paradigm: 'serverless',
      ts,
      durationSeconds,
      attributes: { source: 'lambda:report' },
    });
    insertEvents(store.db, [
      event(T0, 'aws-lambda', 1),
      event(T0 + sec(10), 'aws-lambda', 2),
      event(T0 + sec(20), 'knative', 3),
      event(T0 + sec(99), 'aws-lambda', 4),
    ]);
    insertEvents(store.db, [
      { ...event(T0 + sec(5), 'aws-lambda', 9), type: 'invocation', cold: true },
    ]);
    const range = { type: 'cold_start', fromNs: T0, toNs: T0 + sec(30) };
    expect(listEvents(store.db, range).map((e) => e.durationSeconds)).toEqual([3, 2, 1]);
    expect(listEvents(store.db, { ...range, platform: 'aws-lambda', limit: 1 })).toMatchObject([
      { tsNs: T0 + sec(10), cold: null, attributes: { source: 'lambda:report' } },
    ]);
    expect(listEvents(store.db, { ...range, type: 'invocation' })[0]?.cold).toBe(true);
  });
});
