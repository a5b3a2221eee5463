import { describe, expect, it } from 'vitest';

import { histogramQuantile, quantile } from './percentiles.ts';

const oneToHundred = (): number[] => Array.from({ length: 100 }, (_, i) => 100 - i);

describe('quantile', () => {
  it('interpolates between closest ranks like PromQL quantile(): p95 of 1..100 is 95.05', () => {
    expect(quantile(0.95, oneToHundred())).toBeCloseTo(95.05, 10);
    expect(quantile(0.5, oneToHundred())).toBeCloseTo(50.5, 10);
    expect(quantile(0.99, oneToHundred())).toBeCloseTo(99.01, 10);
    expect(quantile(0, oneToHundred())).toBe(1);
    expect(quantile(1, oneToHundred())).toBe(100);
  });

  it('is NaN without values and the value itself for one', () => {
    expect(quantile(0.5, [])).toBeNaN();
    expect(quantile(0.95, [7])).toBe(7);
  });
});

describe('histogramQuantile', () => {
  // Non-cumulative 10, 30, 40, 18, 2 over le 0.1, 0.5, 1, 2.5, +Inf.
  const buckets = [
    { upperBound: 0.1, count: 10 },
    { upperBound: 0.5, count: 40 },
    { upperBound: 1, count: 80 },
    { upperBound: 2.5, count: 98 },
    { upperBound: Infinity, count: 100 },
  ];

  it('interpolates linearly inside the bucket holding the rank', () => {
    // rank 95 falls in (1, 2.5] holding 18 observations, 15 of them below the rank.
    expect(histogramQuantile(0.95, buckets)).toBeCloseTo(1 + 1.5 * (15 / 18), 12);
    // rank 50 falls in (0.5, 1] holding 40, 10 below the rank.
    expect(histogramQuantile(0.5, buckets)).toBeCloseTo(0.5 + 0.5 * (10 / 40), 12);
    // rank 5 in the first bucket, which starts at 0.
    expect(histogramQuantile(0.05, buckets)).toBeCloseTo(0.05, 12);
  });

  it('returns the highest finite bound for a rank in the +Inf bucket', () => {
    expect(histogramQuantile(0.99, buckets)).toBe(2.5);
  });

  it('is NaN without observations or without a +Inf bucket', () => {
    expect(histogramQuantile(0.5, [{ upperBound: Infinity, count: 0 }])).toBeNaN();
    expect(histogramQuantile(0.5, buckets.slice(0, 4))).toBeNaN();
  });

  it('forces counts monotonic, as sums over series with different layouts need', () => {
    const merged = [
      { upperBound: 1, count: 10 },
      { upperBound: 2, count: 5 },
      { upperBound: Infinity, count: 20 },
    ];
    expect(histogramQuantile(0.5, merged)).toBe(1);
  });
});
