/**
 * How a float sample is stored. SQLite stores a bound NaN as NULL and folds -0 into 0, so the
 * exact kind of value is kept in `value_kind` and `value` only holds finite numbers.
 */
export const VALUE_KIND = {
  finite: 0,
  nan: 1,
  posInf: 2,
  negInf: 3,
  /** Prometheus staleness marker, the NaN with bits 0x7ff0000000000002. */
  staleNaN: 4,
  negZero: 5,
} as const;

export type ValueKind = (typeof VALUE_KIND)[keyof typeof VALUE_KIND];

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/** @see https://github.com/prometheus/prometheus/blob/main/model/value/value.go */
export const STALE_NAN_BITS = 0x7ff0000000000002n;

/** The stale NaN as a JS number (engines may canonicalize NaN bits once it is copied around). */
export const STALE_NAN: number = (() => {
  scratchWords[HI] = 0x7ff00000;
  scratchWords[LO] = 2;

  return scratch[0] ?? Number.NaN;
})();

/**
 * The stale NaN is a signalling NaN: copying it through a double array or an arithmetic
 * operation in JS sets the quiet bit (0x7ff8000000000002), so accept that form as well. Either
 * way it stays distinct from an ordinary NaN (0x7ff8000000000000, or Go's 0x7ff8000000000001).
 */
export const isStaleNaNBits = (value: number): boolean => {
  scratch[0] = value;
  const hi = scratchWords[HI];

  return (hi === 0x7ff00000 || hi === 0x7ff80000) && scratchWords[LO] === 2;
};

/** Kind of a value; a `stale` flag (or the stale NaN bit pattern) wins over the value. */
export const toValueKind = (value: number, stale: boolean): ValueKind => {
  if (stale) return VALUE_KIND.staleNaN;
  if (value !== value) return isStaleNaNBits(value) ? VALUE_KIND.staleNaN : VALUE_KIND.nan;
  if (value === Infinity) return VALUE_KIND.posInf;
  if (value === -Infinity) return VALUE_KIND.negInf;
  if (value === 0 && 1 / value < 0) return VALUE_KIND.negZero;

  return VALUE_KIND.finite;
};

/** The column value to bind for a kind: non-finite kinds are NULL, -0 is stored as 0. */
export const toStoredValue = (value: number, kind: ValueKind): number | null =>
  kind === VALUE_KIND.finite ? value : kind === VALUE_KIND.negZero ? 0 : null;

/** Rebuilds the exact number from its stored form. */
export const fromStored = (value: number | null, kind: number): number => {
  switch (kind) {
    case VALUE_KIND.finite:
      if (value === null) throw new Error('finite sample stored without a value');

      return value;
    case VALUE_KIND.nan:
      return Number.NaN;
    case VALUE_KIND.posInf:
      return Infinity;
    case VALUE_KIND.negInf:
      return -Infinity;
    case VALUE_KIND.staleNaN:
      return STALE_NAN;
    case VALUE_KIND.negZero:
      return -0;
    default:
      throw new Error(`unknown sample value kind ${kind}`);
  }
};
