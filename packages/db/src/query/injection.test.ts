import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { QueryError } from './errors.ts';
import { listEvents } from './list-events.ts';
import { countResourcesBy, listResources } from './list-resources.ts';
import { listSeries } from './list-series.ts';
import { queryRange } from './query-range.ts';
import { T0, createTestStore, gauge, insertEvents, sec } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';
import { NS_PER_HOUR, NS_PER_MINUTE } from './time.ts';

const HOSTILE = [
  '"} or vector(1) or {a="',
  "' OR 1=1 --",
  "x'); DROP TABLE sample; --",
  '$.a',
  '%',
];

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
  const resource = { paradigm: 'serverless', platform: 'aws-lambda', workload: 'fn' };
  const [id = 0] = store.series(gauge('memory_bytes', resource, { model: 'm' }));
  store.write([{ seriesId: id, ts: T0, value: 1 }]);
  insertEvents(store.db, [
    {
      type: 'cold_start',
      resourceId: store.resourceId(resource),
      platform: 'aws-lambda',
      paradigm: 'serverless',
      ts: T0,
      durationSeconds: 1,
    },
  ]);
});
afterEach(() => store.close());

const range = { fromNs: T0, toNs: T0 + sec(59), stepNs: NS_PER_MINUTE, nowNs: T0 + NS_PER_HOUR };

describe('hostile filter values', () => {
  it.each(HOSTILE)('match nothing and break nothing: %s', (value) => {
    expect(listSeries(store.db, { matchers: { workload: value } })).toEqual([]);
    expect(listSeries(store.db, { matchers: { model: value } })).toEqual([]);
    expect(listSeries(store.db, { paradigm: value, platform: value, tenant: value })).toEqual([]);
    expect(listSeries(store.db, { kpi: value })).toEqual([]);
    const gaugeQuery = { ...range, kpi: 'memory_bytes', agg: 'sum' as const };
    expect(
      queryRange(store.db, { ...gaugeQuery, filters: { matchers: { model: value } } }).series,
    ).toEqual([]);
    expect(queryRange(store.db, { ...gaugeQuery, kpi: value }).series).toEqual([]);
    const eventQuery = { ...range, kpi: 'startup_seconds', agg: 'p95' as const };
    expect(
      queryRange(store.db, { ...eventQuery, filters: { matchers: { cold: value } } }).series,
    ).toEqual([]);
    expect(
      queryRange(store.db, { ...eventQuery, filters: { matchers: { trigger: value } } }).series,
    ).toEqual([]);
    const everyField = { platform: value, paradigm: value, tenant: value };
    for (const field of Object.entries(everyField)) {
      const filters = Object.fromEntries([field]);
      expect(queryRange(store.db, { ...eventQuery, filters }).series).toEqual([]);
    }
    expect(listResources(store.db, { matchers: { instance: value } })).toEqual([]);
    expect(countResourcesBy(store.db, 'platform', { atNs: T0, tenant: value })).toEqual([]);
    expect(listEvents(store.db, { type: value, fromNs: T0, toNs: T0 + sec(1) })).toEqual([]);
    expect(
      listEvents(store.db, { type: 'cold_start', platform: value, fromNs: T0, toNs: T0 + sec(1) }),
    ).toEqual([]);

    // Everything is still there and still found by the honest filters.
    expect(listSeries(store.db, { matchers: { model: 'm', workload: 'fn' } })).toHaveLength(1);
    expect(queryRange(store.db, { ...gaugeQuery }).series[0]?.points).toEqual([[T0, 1]]);
    expect(queryRange(store.db, { ...eventQuery }).series[0]?.points).toEqual([[T0, 1]]);
  });

  it.each(["a') OR 1=1 --", 'a.b', 'a"]', '1abc', '', 'model[0]'])(
    'reject the label name %j before it reaches SQL',
    (name) => {
      expect(() => listSeries(store.db, { matchers: { [name]: 'x' } })).toThrow(QueryError);
      const query = { ...range, kpi: 'memory_bytes', agg: 'avg' as const };
      expect(() => queryRange(store.db, { ...query, by: name })).toThrow(QueryError);
      expect(() =>
        queryRange(store.db, {
          ...query,
          kpi: 'startup_seconds',
          filters: { matchers: { [name]: 'x' } },
        }),
      ).toThrow(QueryError);
    },
  );

  it('rejects non-string filter values', () => {
    const matchers = { workload: 1 } as unknown as Record<string, string>;
    expect(() => listSeries(store.db, { matchers })).toThrow(QueryError);
  });
});
