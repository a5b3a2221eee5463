import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { queryRange } from './query-range.ts';
import { cachedSelection } from './selection-cache.ts';
import { T0, counter, createTestStore, sec } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

describe('cachedSelection', () => {
  it('reuses a selection until a series is added, per key and per connection', () => {
    store.series(counter('requests_total', { instance: 'a' }));
    let reads = 0;
    const read = () => ({ read: ++reads });

    const first = cachedSelection(store.db, 'k', read);
    expect(cachedSelection(store.db, 'k', read)).toBe(first);
    expect(cachedSelection(store.db, 'other', read)).toEqual({ read: 2 });

    store.series(counter('requests_total', { instance: 'b' }));
    expect(cachedSelection(store.db, 'k', read)).toEqual({ read: 3 });
    expect(cachedSelection(store.db, 'k', read)).toEqual({ read: 3 });
  });

  it('lets a range query see a series added after the same query ran', () => {
    const [a] = store.series(counter('requests_total', { paradigm: 'wasm', instance: 'a' }));
    store.write([0, 60, 120].map((s) => ({ seriesId: a as number, ts: T0 + sec(s), value: s })));
    const params = {
      kpi: 'requests_total',
      agg: 'sum' as const,
      by: 'paradigm',
      fromNs: T0,
      toNs: T0 + sec(120),
      stepNs: sec(60),
      nowNs: T0 + sec(180),
    };
    expect(queryRange(store.db, params).series.map((series) => series.group)).toEqual([
      { paradigm: 'wasm' },
    ]);

    const [b] = store.series(counter('requests_total', { paradigm: 'edge', instance: 'b' }));
    store.write([0, 60, 120].map((s) => ({ seriesId: b as number, ts: T0 + sec(s), value: s })));
    expect(queryRange(store.db, params).series.map((series) => series.group)).toEqual([
      { paradigm: 'edge' },
      { paradigm: 'wasm' },
    ]);
  });
});
