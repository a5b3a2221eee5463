export { parsePrometheusText } from './parse.ts';
export type { PromParseOptions } from './parse.ts';
export { decodeExpositionBytes } from './exposition-bytes.ts';
export { STALE_NAN, STALE_NAN_BITS, float64Bits, isStaleNaN } from './stale.ts';
