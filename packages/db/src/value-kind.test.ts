import { describe, expect, it } from 'vitest';

import {
  STALE_NAN,
  STALE_NAN_BITS,
  VALUE_KIND,
  fromStored,
  isStaleNaNBits,
  toStoredValue,
  toValueKind,
} from './value-kind.ts';

const bitsOf = (value: number): bigint =>
  new BigUint64Array(new Float64Array([value]).buffer)[0] ?? 0n;

const fromBits = (bits: bigint): number =>
  new Float64Array(new BigUint64Array([bits]).buffer)[0] ?? 0;

describe('value kinds', () => {
  it('builds the Prometheus stale NaN bit pattern', () => {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, STALE_NAN);

    expect(view.getBigUint64(0)).toBe(STALE_NAN_BITS);
  });

  it('tells the stale NaN (also once quieted) from ordinary NaNs', () => {
    expect(isStaleNaNBits(fromBits(0x7ff0000000000002n))).toBe(true);
    expect(isStaleNaNBits(fromBits(0x7ff8000000000002n))).toBe(true);
    expect(isStaleNaNBits(Number.NaN)).toBe(false);
    expect(isStaleNaNBits(fromBits(0x7ff8000000000001n))).toBe(false);
    expect(bitsOf(Number.NaN)).not.toBe(STALE_NAN_BITS);
  });

  it.each([
    [1.5, false, VALUE_KIND.finite, 1.5],
    [Number.NaN, false, VALUE_KIND.nan, null],
    [Infinity, false, VALUE_KIND.posInf, null],
    [-Infinity, false, VALUE_KIND.negInf, null],
    [Number.NaN, true, VALUE_KIND.staleNaN, null],
    [42, true, VALUE_KIND.staleNaN, null],
    [STALE_NAN, false, VALUE_KIND.staleNaN, null],
    [-0, false, VALUE_KIND.negZero, 0],
    [0, false, VALUE_KIND.finite, 0],
  ])('stores %d (stale=%s) as kind %d with value %s', (value, stale, kind, stored) => {
    const actual = toValueKind(value, stale);

    expect(actual).toBe(kind);
    expect(toStoredValue(value, actual)).toBe(stored);
  });

  it('restores every kind from its stored form', () => {
    expect(fromStored(2.5, VALUE_KIND.finite)).toBe(2.5);
    expect(fromStored(null, VALUE_KIND.nan)).toBeNaN();
    expect(fromStored(null, VALUE_KIND.posInf)).toBe(Infinity);
    expect(fromStored(null, VALUE_KIND.negInf)).toBe(-Infinity);
    expect(isStaleNaNBits(fromStored(null, VALUE_KIND.staleNaN))).toBe(true);
    expect(Object.is(fromStored(0, VALUE_KIND.negZero), -0)).toBe(true);
    expect(() => fromStored(null, VALUE_KIND.finite)).toThrow();
    expect(() => fromStored(null, 9)).toThrow(/unknown/);
  });
});
