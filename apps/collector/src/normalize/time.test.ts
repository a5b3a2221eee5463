import { describe, expect, it } from 'vitest';

import { parseRfc3339Ns, pickTimeNs, toNanoseconds, toSecondsBetween } from './time.ts';

describe('toNanoseconds', () => {
  it('keeps whole Prometheus milliseconds exact past 2^53 nanoseconds', () => {
    expect(toNanoseconds(1_714_564_801_234, 0n)).toBe(1_714_564_801_234_000_000n);
  });

  it('falls back when there is no usable timestamp', () => {
    expect(toNanoseconds(undefined, 7n)).toBe(7n);
    expect(toNanoseconds(Number.NaN, 7n)).toBe(7n);
  });

  it('keeps sub-millisecond OpenMetrics fractions to the microsecond', () => {
    const ns = toNanoseconds(1_714_564_801_234.567, 0n);
    expect(Number(ns - 1_714_564_801_234_567_000n)).toBeLessThan(1000);
  });
});

describe('parseRfc3339Ns', () => {
  it('reads fractions down to the nanosecond and offsets', () => {
    expect(parseRfc3339Ns('2024-05-01T12:00:00.123456789Z')).toBe(1_714_564_800_123_456_789n);
    expect(parseRfc3339Ns('2024-05-01T14:00:00+02:00')).toBe(1_714_564_800_000_000_000n);
    expect(parseRfc3339Ns('yesterday')).toBeUndefined();
  });
});

describe('pickTimeNs and toSecondsBetween', () => {
  it('uses the fallback for unset OTLP times and refuses reversed intervals', () => {
    expect(pickTimeNs(0n, 5n)).toBe(5n);
    expect(pickTimeNs(9n, 5n)).toBe(9n);
    expect(toSecondsBetween(1_000_000_000n, 3_500_000_000n)).toBe(2.5);
    expect(toSecondsBetween(2n, 1n)).toBeUndefined();
  });
});
