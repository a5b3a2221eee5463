import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { STALE_NAN } from '../value-kind.ts';
import { makeGrid } from './buckets.ts';
import { createBatchReader } from './point-reader.ts';
import type { SeriesRows } from './point-reader.ts';
import { T0, createTestStore, gauge, sec } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const grid = makeGrid(T0, T0 + sec(600), sec(60));

const readAll = (ids: number[], maxRows = Infinity): [number, SeriesRows][] => {
  const visited: [number, SeriesRows][] = [];
  createBatchReader(store.db, 'raw', grid)(ids, maxRows, (index, rows) =>
    visited.push([index, rows]),
  );

  return visited;
};

describe('createBatchReader', () => {
  it('reads values exactly, ±Infinity, stale markers as null, and leaves NaN out', () => {
    const [id] = store.series(gauge('memory_bytes', { instance: 'a' }));
    const values = [0.1 + 0.2, Infinity, STALE_NAN, Number.NaN, -Infinity, -0, 1e-310, 42];
    store.write(
      values.map((value, i) => ({
        seriesId: id ?? 0,
        ts: T0 + sec(10 * i) + 500n,
        value,
        stale: value === STALE_NAN,
      })),
    );
    expect(readAll([id ?? 0])).toEqual([
      [
        0,
        {
          offsets: [0, 10_000, 20_000, 40_000, 50_000, 60_000, 70_000],
          values: [0.1 + 0.2, Infinity, null, -Infinity, 0, 1e-310, 42],
          mins: null,
        },
      ],
    ]);
  });

  it('visits series in the order of the ids given, across chunks, skipping those without rows', () => {
    const ids = store.series(
      ...Array.from({ length: 600 }, (_, i) => gauge('memory_bytes', { instance: `i${i}` })),
    );
    // Every third series has rows; its value tells it apart.
    store.write(
      ids.flatMap((seriesId, i) =>
        i % 3 === 0 ? [{ seriesId, ts: T0 + sec(i % 500), value: i }] : [],
      ),
    );
    const order = [...ids].reverse();
    const visited = readAll(order);
    expect(visited.map(([index]) => index)).toEqual(
      order.flatMap((_, index) => ((599 - index) % 3 === 0 ? [index] : [])),
    );
    for (const [index, rows] of visited) {
      expect(rows.values).toEqual([ids.indexOf(order[index] ?? 0)]);
    }
  });

  it('reads at most maxRows rows per series, the oldest', () => {
    const [id] = store.series(gauge('memory_bytes', { instance: 'a' }));
    store.write(
      Array.from({ length: 10 }, (_, i) => ({ seriesId: id ?? 0, ts: T0 + sec(i), value: i })),
    );
    expect(readAll([id ?? 0], 3)).toEqual([
      [0, { offsets: [0, 1000, 2000], values: [0, 1, 2], mins: null }],
    ]);
  });
});
