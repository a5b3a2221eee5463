import { describe, expect, it } from 'vitest';

import { makeGrid } from './buckets.ts';
import { ALL } from './group.ts';
import type { HistogramRows } from './histogram-reader.ts';
import { createHistogramAccumulator } from './histogram-source.ts';
import { histogramQuantile } from './percentiles.ts';
import { sec } from './test-utils/store.ts';

const grid = makeGrid(0n, sec(59), sec(60));

/** One delta row per layout: bounds and non-cumulative counts. */
const rows = (bounds: number[], buckets: number[]): HistogramRows => ({
  offsets: [0],
  counts: [buckets.reduce((a, b) => a + b, 0)],
  sums: [1],
  buckets: [buckets],
  layouts: [JSON.stringify(bounds)],
  bounds: [bounds],
  delta: [true],
});

describe('createHistogramAccumulator', () => {
  it('merges buckets by bound when a step mixes layouts, as for one layout', () => {
    const accumulator = createHistogramAccumulator();
    const plain = rows([0.5, 1], [2, 3, 1]);
    const other = rows([0.25, 1, 2], [1, 1, 1, 1]);
    const odd = rows([1, 1], [1, 1, 1]);
    accumulator.add(ALL, 0, plain, 0, -1);
    accumulator.add(ALL, 0, plain, 0, -1);
    accumulator.add(ALL, 0, other, 0, -1);
    accumulator.add(ALL, 0, odd, 0, -1);
    // Cumulative per bound, in the order the bounds were first seen.
    const merged = [
      { upperBound: 0.5, count: 2 + 2 },
      { upperBound: 1, count: 5 + 5 + 2 + 1 + 2 },
      { upperBound: Infinity, count: 6 + 6 + 4 + 3 },
      { upperBound: 0.25, count: 1 },
      { upperBound: 2, count: 3 },
    ];
    expect(accumulator.finish('p95', grid)).toEqual([
      { group: {}, points: [[0n, histogramQuantile(0.95, merged)]] },
    ]);
    expect(accumulator.finish('count', grid)[0]?.points).toEqual([[0n, 6 + 6 + 4 + 3]]);
  });
});
