import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { selectSeries } from './series-filter.ts';
import { selectSeriesGroups } from './series-groups.ts';
import { counter, createTestStore, gauge } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

describe('selectSeriesGroups', () => {
  it('selects the series selectSeries does, in its order, with their groups', () => {
    store.series(
      counter('requests_total', { paradigm: 'wasm', instance: 'a' }, { zone: 'z1' }),
      gauge('requests_total', { paradigm: 'edge', instance: 'b' }, { zone: '' }),
      counter('requests_total', { instance: 'c' }, { zone: 'z1' }),
      gauge('memory_bytes', { paradigm: 'wasm', instance: 'd' }),
      counter('requests_total', { paradigm: 'wasm', instance: 'e' }),
    );
    // A label that is not a string falls in the group without it, as groupOf does.
    store.db
      .prepare(
        `UPDATE series SET labels = '{"zone": 5}' WHERE kpi = 'requests_total'
      AND resource_id = (SELECT id FROM resource WHERE instance = 'e')`,
      )
      .run();
    const options = { kpi: 'requests_total', kinds: ['gauge', 'counter'] };
    const expected = selectSeries(store.db, options);

    const byParadigm = selectSeriesGroups(store.db, { ...options, by: 'paradigm' });
    expect(byParadigm.ids).toEqual(expected.map((meta) => meta.id));
    expect(byParadigm.counters).toEqual([true, false, true, true]);
    expect(byParadigm.groups.map((group) => group.group)).toEqual([
      { paradigm: 'wasm' },
      { paradigm: 'edge' },
      {},
      { paradigm: 'wasm' },
    ]);
    // Series of one group share one object.
    expect(byParadigm.groups[0]).toBe(byParadigm.groups[3]);

    const byZone = selectSeriesGroups(store.db, { ...options, by: 'zone' });
    expect(byZone.groups.map((group) => group.key)).toEqual(['z1', '', 'z1', '']);

    const limited = selectSeriesGroups(store.db, { ...options, by: undefined, limit: 2 });
    expect(limited.ids).toEqual(expected.slice(0, 2).map((meta) => meta.id));
    expect(limited.groups.map((group) => group.group)).toEqual([{}, {}]);
  });

  it('selects nothing when no series matches', () => {
    expect(selectSeriesGroups(store.db, { kpi: 'missing', by: 'paradigm' })).toEqual({
      ids: [],
      counters: [],
      groups: [],
    });
  });
});
