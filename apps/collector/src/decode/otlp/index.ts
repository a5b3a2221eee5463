export { decodeOtlpLogs, decodeOtlpMetrics, decodeOtlpTraces } from './decode-otlp.ts';
export type { OtlpEncoding } from './decode-otlp.ts';
export { MAX_ANY_VALUE_DEPTH } from './proto-common.ts';
