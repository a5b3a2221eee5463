import { describe, expect, it } from 'vitest';

import { convertValue, convertValues, findConversionForUnit } from './units.ts';

describe('convertValue', () => {
  it('turns ms, µs and ns into exact seconds', () => {
    expect(convertValue(287.33, 'milliseconds')).toBe(0.28733);
    expect(convertValue(1201.12, 'milliseconds')).toBe(1.20112);
    expect(convertValue(1_686_306, 'microseconds')).toBe(1.686306);
    expect(convertValue(1_257_894_000, 'nanoseconds')).toBe(1.257894);
  });

  it('turns MiB, MB, kB and KiB into bytes', () => {
    expect(convertValue(78, 'mebibytes')).toBe(81_788_928);
    expect(convertValue(128, 'megabytes')).toBe(128_000_000);
    expect(convertValue(512, 'kilobytes')).toBe(512_000);
    expect(convertValue(2, 'kibibytes')).toBe(2048);
  });

  it('turns mJ into J and percent into a ratio', () => {
    expect(convertValue(1_234_567, 'millijoules')).toBe(1234.567);
    expect(convertValue(87, 'percent')).toBe(0.87);
  });

  it('keeps NaN and infinities', () => {
    expect(convertValue(Number.NaN, 'milliseconds')).toBeNaN();
    expect(convertValue(Number.POSITIVE_INFINITY, 'microseconds')).toBe(Number.POSITIVE_INFINITY);
    expect(convertValue(-5, 'none')).toBe(-5);
  });

  it('scales arrays of bounds', () => {
    expect(convertValues([5, 10, 25], 'milliseconds')).toEqual([0.005, 0.01, 0.025]);
  });
});

describe('findConversionForUnit', () => {
  it('reads UCUM units and the free-text ones real senders use', () => {
    expect(findConversionForUnit('ms')).toBe('milliseconds');
    expect(findConversionForUnit('nanoseconds')).toBe('nanoseconds');
    expect(findConversionForUnit('By')).toBe('none');
    expect(findConversionForUnit('MiBy')).toBe('mebibytes');
    expect(findConversionForUnit('{request}')).toBe('none');
    expect(findConversionForUnit('%')).toBe('percent');
  });

  it('says nothing about empty or unknown units', () => {
    expect(findConversionForUnit('')).toBeUndefined();
    expect(findConversionForUnit('MB')).toBeUndefined();
  });
});
