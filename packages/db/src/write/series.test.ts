import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { resourceFingerprint, seriesFingerprint } from '../fingerprint.ts';
import { createMigratedSqlite } from '../test-utils/temp-db.ts';
import { createSeriesResolver } from './series.ts';
import type { SeriesKey } from './series.ts';

type Store = ReturnType<typeof createMigratedSqlite>;

const pod = (instance: string, labels?: Record<string, string>): SeriesKey => ({
  kpi: 'memory_bytes',
  unit: 'bytes',
  kind: 'gauge',
  resource: { tenant: 't1', platform: 'kubernetes', cluster: 'c1', instance },
  resourceAttributes: { image: 'nginx:1.27' },
  ...(labels === undefined ? {} : { labels }),
});

const count = (store: Store, table: 'resource' | 'series'): number =>
  Number(store.sqlite.prepare<[], { n: bigint }>(`SELECT count(*) AS n FROM ${table}`).get()?.n);

describe('createSeriesResolver', () => {
  let store: Store;

  beforeEach(() => {
    store = createMigratedSqlite();
  });
  afterEach(() => store.remove());

  it('creates resources and series once and returns stable ids', () => {
    const resolver = createSeriesResolver(store.sqlite);
    const ids = resolver.resolve([pod('a'), pod('b'), pod('a', { cold: 'true' }), pod('a')], 10n);

    expect(ids[0]).toBe(ids[3]);
    expect(new Set(ids).size).toBe(3);
    expect(count(store, 'resource')).toBe(2);
    expect(count(store, 'series')).toBe(3);
    expect(resolver.size()).toBe(3);

    const fresh = createSeriesResolver(store.sqlite);
    expect(fresh.resolve([pod('a'), pod('b'), pod('a', { cold: 'true' })], 20n)).toEqual(
      ids.slice(0, 3),
    );
    expect(count(store, 'series')).toBe(3);
  });

  it('stores the identity, attributes and labels of a new series', () => {
    const [id] = createSeriesResolver(store.sqlite).resolve([pod('a', { z: '1', a: '2' })], 10n);
    const row = store.sqlite
      .prepare<[number], Record<string, unknown>>(
        'SELECT s.fingerprint, s.kpi, s.labels, s.unit, s.kind, r.tenant, r.instance, ' +
          'r.attributes, r.first_seen_ns, r.fingerprint AS resource_fp ' +
          'FROM series s JOIN resource r ON r.id = s.resource_id WHERE s.id = ?',
      )
      .get(id ?? 0);
    const resourceFp = resourceFingerprint(pod('a').resource);

    expect(row).toEqual({
      fingerprint: seriesFingerprint('memory_bytes', resourceFp, { a: '2', z: '1' }),
      kpi: 'memory_bytes',
      labels: '{"a":"2","z":"1"}',
      unit: 'bytes',
      kind: 'gauge',
      tenant: 't1',
      instance: 'a',
      attributes: '{"image":"nginx:1.27"}',
      first_seen_ns: 10n,
      resource_fp: resourceFp,
    });
  });

  it('ignores label order and resource attributes in the fingerprint', () => {
    const resolver = createSeriesResolver(store.sqlite);
    const [first] = resolver.resolve([pod('a', { x: '1', y: '2' })], 1n);
    const [second] = resolver.resolve(
      [{ ...pod('a', { y: '2', x: '1' }), resourceAttributes: { image: 'other' } }],
      1n,
    );

    expect(second).toBe(first);
    expect(count(store, 'series')).toBe(1);
  });

  it('refreshes last_seen_ns at most once per refresh interval', () => {
    const resolver = createSeriesResolver(store.sqlite, { lastSeenRefreshNs: 100n });
    const lastSeen = (): bigint | undefined =>
      store.sqlite.prepare<[], { ns: bigint }>('SELECT last_seen_ns AS ns FROM resource').get()?.ns;
    resolver.resolve([pod('a')], 1_000n);
    resolver.resolve([pod('a')], 1_050n);
    expect(lastSeen()).toBe(1_000n);
    resolver.resolve([pod('a')], 1_100n);
    expect(lastSeen()).toBe(1_100n);
  });

  it('does not cache ids created inside a transaction that rolls back', () => {
    const resolver = createSeriesResolver(store.sqlite);
    const rollback = store.sqlite.transaction(() => {
      resolver.resolve([pod('a')], 1n);
      throw new Error('caller failed');
    });
    expect(() => rollback()).toThrow('caller failed');
    expect(count(store, 'series')).toBe(0);

    const [id] = resolver.resolve([pod('a')], 1n);
    expect(count(store, 'series')).toBe(1);
    expect(
      store.sqlite
        .prepare<[number], { id: bigint }>('SELECT id FROM series WHERE id = ?')
        .get(id ?? 0),
    ).toBeDefined();
  });

  it('creates many series and resources in one call, and finds ones another writer made', () => {
    const keys = Array.from({ length: 150 }, (_, i) => pod(`p${i % 70}`, { n: String(i) }));
    const other = createSeriesResolver(store.sqlite).resolve(keys.slice(0, 10), 1n);
    const ids = createSeriesResolver(store.sqlite).resolve([...keys, ...keys.slice(0, 3)], 2n);

    expect(ids.slice(0, 10)).toEqual(other);
    expect(ids.slice(150)).toEqual(ids.slice(0, 3));
    expect(new Set(ids).size).toBe(150);
    expect(count(store, 'resource')).toBe(70);
    expect(count(store, 'series')).toBe(150);
    const stored = store.sqlite
      .prepare<[], { fingerprint: string; id: bigint }>('SELECT fingerprint, id FROM series')
      .all();
    const byFingerprint = new Map(stored.map((row) => [row.fingerprint, Number(row.id)]));
    keys.forEach((key, i) => {
      const fp = seriesFingerprint(key.kpi, resourceFingerprint(key.resource), key.labels);
      expect(byFingerprint.get(fp)).toBe(ids[i]);
    });
  });
});
