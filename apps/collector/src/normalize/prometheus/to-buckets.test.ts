import { describe, expect, it } from 'vitest';

import { toBuckets as toBucketsFromArrays } from './to-buckets.ts';

const toBuckets = (pairs: [number, number][], count: number | undefined) =>
  toBucketsFromArrays(
    pairs.map(([le]) => le),
    pairs.map(([, value]) => value),
    count,
  );

const INF = Number.POSITIVE_INFINITY;

describe('toBuckets', () => {
  it('turns cumulative buckets into per-bucket counts with +Inf implicit', () => {
    expect(
      toBuckets(
        [
          [0.1, 2],
          [0.5, 7],
          [1, 9],
          [INF, 10],
        ],
        10,
      ),
    ).toEqual({
      bounds: [0.1, 0.5, 1],
      bucketCounts: [2, 5, 2, 1],
      count: 10,
    });
  });

  it('sorts unordered buckets and takes the count from +Inf when _count is missing', () => {
    expect(
      toBuckets(
        [
          [INF, 4],
          [1, 3],
          [0.5, 1],
        ],
        undefined,
      ),
    ).toEqual({
      bounds: [0.5, 1],
      bucketCounts: [1, 2, 1],
      count: 4,
    });
  });

  it('never yields negative counts from shrinking or duplicated buckets', () => {
    expect(
      toBuckets(
        [
          [1, 5],
          [1, 6],
          [2, 4],
          [INF, 6],
        ],
        6,
      ),
    ).toEqual({
      bounds: [1, 2],
      bucketCounts: [6, 0, 0],
      count: 6,
    });
  });

  it('keeps an empty histogram empty', () => {
    expect(toBuckets([], 0)).toEqual({ bounds: [], bucketCounts: [0], count: 0 });
  });
});
