/**
 * Prometheus marks a vanished series with this exact NaN (remote-write 1.0: "MUST NOT be used
 * otherwise"). JS keeps NaN payloads through plain variables and object fields, but storing a
 * NaN in a packed double array sets the quiet bit (0x7ff8000000000002) and structured cloning
 * drops the payload: compare bits, and never route values through those before checking.
 */
export const STALE_NAN_BITS = 0x7ff0000000000002n;

/** The quiet-NaN bit that V8 may set on the way through a double array. */
const QUIET_BIT = 0x0008000000000000n;

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

function makeStaleNaN(): number {
  u64[0] = STALE_NAN_BITS;
  return f64[0] ?? Number.NaN;
}

export const STALE_NAN: number = makeStaleNaN();

/** Raw IEEE-754 bits of a number, as written into a Float64Array. */
export function float64Bits(value: number): bigint {
  f64[0] = value;
  return u64[0] ?? 0n;
}

/** True for the Prometheus stale marker, also after V8 has set its quiet bit. */
export function isStaleNaN(value: number): boolean {
  if (value === value) return false;
  return (float64Bits(value) & ~QUIET_BIT) === STALE_NAN_BITS;
}
