import { describe, expect, it } from 'vitest';

import { LineError } from './chars.ts';
import { parseFloatToken, parseIntegerTimestamp, parseSecondsTimestamp } from './float.ts';

const parse = (token: string) => parseFloatToken(token, 0, token.length);

describe('parseFloatToken', () => {
  it('matches Number() on every decimal it accepts', () => {
    const tokens = [
      '0',
      '-0',
      '1',
      '+1',
      '0.1',
      '0.3',
      '1e22',
      '1e23',
      '1.7976931348623157e308',
      '5e-324',
      '123456789012345',
      '1234567890123456789',
      '9007199254740993',
      '0.000001',
      '1.257894e+09',
      '2.2250738585072014e-308',
      '3.14159265358979323846',
      '00012',
      '1.5E-7',
      '.25',
      '4.',
    ];
    for (const token of tokens) expect(Object.is(parse(token), Number(token)), token).toBe(true);
  });

  it('reads NaN and infinities in any case, with a sign', () => {
    expect(parse('NaN')).toBeNaN();
    expect(parse('nan')).toBeNaN();
    expect(parse('+Inf')).toBe(Infinity);
    expect(parse('-inf')).toBe(-Infinity);
    expect(parse('Infinity')).toBe(Infinity);
    expect(parse('-INFINITY')).toBe(-Infinity);
  });

  it.each(['', '-', '.', 'e5', '1e', '1e+', '1.2.3', '1,5', 'true', 'Infx', '--1', '1 2'])(
    'rejects %j',
    (token) => {
      expect(() => parse(token)).toThrow(LineError);
    },
  );

  it('rejects hex floats and underscores like Prometheus', () => {
    expect(() => parse('0x1p-3')).toThrow(/unsupported character/);
    expect(() => parse('1_000')).toThrow(/unsupported character/);
  });
});

describe('timestamps', () => {
  it('reads integer milliseconds', () => {
    expect(parseIntegerTimestamp('1700000000123', 0, 13)).toBe(1700000000123);
    expect(parseIntegerTimestamp('-42', 0, 3)).toBe(-42);
    expect(parseIntegerTimestamp('1234567890123456', 0, 16)).toBe(1234567890123456);
    expect(() => parseIntegerTimestamp('99999999999999999999', 0, 20)).toThrow(/out of range/);
    expect(() => parseIntegerTimestamp('12a', 0, 3)).toThrow(/invalid timestamp/);
    expect(() => parseIntegerTimestamp('-', 0, 1)).toThrow(/invalid timestamp/);
  });

  it('converts OpenMetrics seconds to milliseconds', () => {
    expect(parseSecondsTimestamp('1700000000.789', 0, 14)).toBe(1700000000789);
    expect(parseSecondsTimestamp('1.7e9', 0, 5)).toBe(1700000000000);
    expect(() => parseSecondsTimestamp('NaN', 0, 3)).toThrow(/invalid timestamp/);
  });
});
