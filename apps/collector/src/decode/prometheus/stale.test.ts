import { describe, expect, it } from 'vitest';

import { STALE_NAN, STALE_NAN_BITS, float64Bits, isStaleNaN } from './stale.ts';

describe('stale markers', () => {
  it('carries the exact Prometheus bit pattern', () => {
    expect(float64Bits(STALE_NAN)).toBe(0x7ff0000000000002n);
    expect(STALE_NAN_BITS).toBe(0x7ff0000000000002n);
    expect(isStaleNaN(STALE_NAN)).toBe(true);
  });

  it('tells the stale marker from ordinary NaN and numbers', () => {
    expect(isStaleNaN(Number.NaN)).toBe(false);
    expect(isStaleNaN(0)).toBe(false);
    expect(isStaleNaN(Infinity)).toBe(false);
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, 0x7ff8000000000001n);
    expect(isStaleNaN(view.getFloat64(0))).toBe(false);
  });

  it('survives objects, and a double array that sets the quiet bit', () => {
    const sample = { value: STALE_NAN };
    expect(isStaleNaN(sample.value)).toBe(true);
    const doubles = [1.5, 2.5];
    doubles.push(STALE_NAN);
    expect(isStaleNaN(doubles[2] ?? 0)).toBe(true);
  });
});
