/** Nanosecond durations; every timestamp in the store is BigInt nanoseconds since the epoch. */
export const NS_PER_SECOND = 1_000_000_000n;
export const NS_PER_MINUTE = 60n * NS_PER_SECOND;
export const NS_PER_HOUR = 60n * NS_PER_MINUTE;
export const NS_PER_DAY = 24n * NS_PER_HOUR;

/** Prometheus's default `--query.lookback-delta`: how long a gauge sample stays current. */
export const DEFAULT_LOOKBACK_NS = 5n * NS_PER_MINUTE;

export const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

/** Largest multiple of `stepNs` not after `ts` (floor, also for negative values). */
export const floorTo = (ts: bigint, stepNs: bigint): bigint => {
  const rest = ts % stepNs;

  return rest < 0n ? ts - rest - stepNs : ts - rest;
};

export const maxBigint = (...values: bigint[]): bigint =>
  values.reduce((max, value) => (value > max ? value : max));

export const daysToNs = (days: number): bigint => {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`invalid retention: ${days} days`);

  // Whole seconds are exact enough for retention and keep fractional days usable in tests.
  return BigInt(Math.round(days * 86_400)) * NS_PER_SECOND;
};
