import { describe, expect, it } from 'vitest';

import type { OtlpExponentialHistogramPoint } from '../../decode/types.ts';
import { toExplicitBuckets } from './exponential.ts';

const point = (
  scale: number,
  offset: number,
  counts: bigint[],
  negative: bigint[] = [],
): OtlpExponentialHistogramPoint => ({
  attributes: {},
  startTimeUnixNano: 0n,
  timeUnixNano: 1n,
  count: counts.reduce((a, b) => a + b, 0n) + 1n,
  sum: 10,
  scale,
  zeroCount: 1n,
  positive: { offset, bucketCounts: counts },
  negative: { offset: 0, bucketCounts: negative },
});

describe('toExplicitBuckets', () => {
  it('turns scale-0 buckets into powers of two with a zero bucket first', () => {
    expect(toExplicitBuckets(point(0, 0, [2n, 3n]))).toEqual({
      bounds: [0, 2, 4],
      bucketCounts: [1, 2, 3, 0],
    });
  });

  it('honours scale and negative offsets', () => {
    const result = toExplicitBuckets(point(1, -2, [5n]));
    expect(result?.bounds).toEqual([0, 2 ** -0.5]);
    expect(result?.bucketCounts).toEqual([1, 5, 0]);
  });

  it('refuses points with negative observations', () => {
    expect(toExplicitBuckets(point(0, 0, [1n], [1n]))).toBeUndefined();
  });
});
