const NS_PER_MS = 1_000_000n;

/**
 * Prometheus milliseconds → nanoseconds, exact through BigInt when the milliseconds are
 * whole (text and remote-write timestamps are); OpenMetrics fractional seconds keep the
 * precision a double has.
 */
export const toNanoseconds = (timestampMs: number | undefined, fallbackNs: bigint): bigint => {
  if (timestampMs === undefined || !Number.isFinite(timestampMs)) return fallbackNs;
  if (Number.isInteger(timestampMs)) return BigInt(timestampMs) * NS_PER_MS;

  return BigInt(Math.round(timestampMs * 1e6));
};

/** The point's own time, or the fallback: OTLP leaves `timeUnixNano` at 0 when unset. */
export const pickTimeNs = (timeUnixNano: bigint, receivedAtNs: bigint): bigint =>
  timeUnixNano > 0n ? timeUnixNano : receivedAtNs;

/** Seconds between two nanosecond instants, undefined when the order is wrong. */
export const toSecondsBetween = (fromNs: bigint, toNs: bigint): number | undefined =>
  toNs >= fromNs ? Number(toNs - fromNs) / 1e9 : undefined;

const RFC3339 = /^(\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

/** RFC 3339 text → Unix nanoseconds, keeping fractional digits down to the nanosecond. */
export const parseRfc3339Ns = (text: string): bigint | undefined => {
  const match = RFC3339.exec(text.trim());
  if (!match) return undefined;
  const [, whole = '', fraction = '', zone = 'Z'] = match;
  const ms = Date.parse(`${whole.replace(' ', 'T')}${zone.toUpperCase()}`);
  if (Number.isNaN(ms)) return undefined;

  return BigInt(ms) * NS_PER_MS + BigInt(fraction.padEnd(9, '0'));
};
