import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { makeGrid } from './buckets.ts';
import { createHistogramBatchReader } from './histogram-reader.ts';
import type { HistogramRows } from './histogram-reader.ts';
import { T0, createTestStore, insertHistograms, sec } from './test-utils/store.ts';
import type { TestStore } from './test-utils/store.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const grid = makeGrid(T0, T0 + sec(600), sec(60));

const histogramSeries = (count: number): number[] =>
  store.series(
    ...Array.from({ length: count }, (_, i) => ({
      kpi: 'startup_seconds',
      unit: 's',
      kind: 'histogram',
      resource: { instance: `h${i}` },
    })),
  );

const readAll = (ids: number[], withSums: boolean): [number, HistogramRows][] => {
  const visited: [number, HistogramRows][] = [];
  createHistogramBatchReader(
    store.db,
    grid,
    withSums,
  )(ids, (index, rows) => visited.push([index, rows]));

  return visited;
};

describe('createHistogramBatchReader', () => {
  it('reads a series with one layout in one go, sharing its parsed bounds', () => {
    const [a, empty] = histogramSeries(2);
    insertHistograms(store.db, [
      { seriesId: a ?? 0, ts: T0 + sec(60), bounds: [0.5, 1], counts: [1, 2, 3], sum: 0.1 + 0.2 },
      { seriesId: a ?? 0, ts: T0 + sec(120), bounds: [0.5, 1], counts: [2, 2, 3], sum: 4 },
    ]);
    store.db.prepare('UPDATE histogram_sample SET sum = NULL WHERE ts = ?').run(T0 + sec(120));
    const [[index, rows] = [-1, undefined]] = readAll([empty ?? 0, a ?? 0], true);
    expect(index).toBe(1);
    expect(rows).toEqual({
      offsets: [60_000, 120_000],
      counts: [6, 7],
      sums: [0.1 + 0.2, Number.NaN],
      buckets: [
        [1, 2, 3],
        [2, 2, 3],
      ],
      layouts: ['[0.5,1]', '[0.5,1]'],
      bounds: [
        [0.5, 1],
        [0.5, 1],
      ],
      delta: [false, false],
    });
    expect(rows?.bounds[0]).toBe(rows?.bounds[1]);
    expect(readAll([a ?? 0], false)[0]?.[1].sums).toEqual([Number.NaN, Number.NaN]);
  });

  it('reads row by row a series whose layout or temporality changes', () => {
    const [a, b] = histogramSeries(2);
    insertHistograms(store.db, [
      { seriesId: a ?? 0, ts: T0 + sec(60), bounds: [1], counts: [1, 1], sum: 1 },
      { seriesId: a ?? 0, ts: T0 + sec(120), bounds: [0.5, 1], counts: [1, 1, 1], sum: 2 },
      { seriesId: b ?? 0, ts: T0 + sec(60), bounds: [1], counts: [1, 1], sum: 1 },
      {
        seriesId: b ?? 0,
        ts: T0 + sec(120),
        bounds: [1],
        counts: [3, 0],
        sum: 2,
        temporality: 'delta',
      },
    ]);
    const [[, first] = [-1, undefined], [, second] = [-1, undefined]] = readAll(
      [a ?? 0, b ?? 0],
      true,
    );
    expect(first?.layouts).toEqual(['[1]', '[0.5,1]']);
    expect(first?.bounds).toEqual([[1], [0.5, 1]]);
    expect(first?.buckets).toEqual([
      [1, 1],
      [1, 1, 1],
    ]);
    expect(second?.delta).toEqual([false, true]);
    expect(second?.counts).toEqual([2, 3]);
  });
});
