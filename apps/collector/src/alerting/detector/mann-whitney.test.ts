import { describe, expect, it } from 'vitest';

import { mannWhitneyGreater, upperTailProbability } from './mann-whitney.ts';

describe('upperTailProbability', () => {
  it('matches the standard normal table', () => {
    expect(upperTailProbability(0)).toBeCloseTo(0.5, 7);
    expect(upperTailProbability(1.6448536)).toBeCloseTo(0.05, 6);
    expect(upperTailProbability(3.0902323) / 0.001).toBeCloseTo(1, 4);
    expect(upperTailProbability(-1.959964)).toBeCloseTo(0.975, 6);
  });
});

describe('mannWhitneyGreater', () => {
  it('computes U with mid-ranks for ties', () => {
    // first = [3, 4], second = [1, 2, 3]: pairs greater 2 + 3, one tie counts ½.
    const test = mannWhitneyGreater([3, 4], [1, 2, 3]);
    expect(test.u).toBe(5.5);
    expect(test.probabilityGreater).toBeCloseTo(5.5 / 6, 10);
  });

  it('finds a shifted sample significant and an identical one not', () => {
    const base = Array.from({ length: 200 }, (_, i) => 1 + (i % 50) / 50);
    const slower = base.map((value) => value * 1.5);
    expect(mannWhitneyGreater(slower, base).pValue).toBeLessThan(1e-6);
    expect(mannWhitneyGreater(base, base).pValue).toBeGreaterThan(0.4);
    expect(mannWhitneyGreater(base, slower).pValue).toBeGreaterThan(0.999);
  });

  it('answers p = 1 for an empty sample', () => {
    expect(mannWhitneyGreater([], [1, 2]).pValue).toBe(1);
  });
});
