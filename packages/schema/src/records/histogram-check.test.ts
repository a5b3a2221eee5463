import { describe, expect, it } from 'vitest';
import { findHistogramProblems, ZHistogramPointChecked } from './histogram-check.ts';
import type { HistogramPoint } from './samples.ts';

const point: HistogramPoint = {
  kpi: 'startup_seconds',
  resource: { tenant: 'default', paradigm: 'wasm', platform: 'spin', attributes: {} },
  labels: { cold: 'true' },
  timestampNs: 1n,
  count: 4,
  sum: 0.02,
  bounds: [0.001, 0.01],
  bucketCounts: [1, 2, 1],
  temporality: 'delta',
};

describe('findHistogramProblems', () => {
  it('finds none in a well-formed point', () => {
    expect(findHistogramProblems(point)).toEqual([]);
    expect(ZHistogramPointChecked.safeParse(point).success).toBe(true);
  });

  it('flags a missing +Inf bucket, unsorted bounds and negative counts', () => {
    expect(findHistogramProblems({ ...point, bucketCounts: [1, 2] })).toHaveLength(1);
    expect(findHistogramProblems({ ...point, bounds: [0.01, 0.001] })).toHaveLength(1);
    expect(findHistogramProblems({ ...point, bucketCounts: [1, -2, 1] })).toHaveLength(1);
    expect(ZHistogramPointChecked.safeParse({ ...point, bucketCounts: [4] }).success).toBe(false);
  });
});
