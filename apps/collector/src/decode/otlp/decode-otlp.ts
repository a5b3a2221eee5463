import { DecodeError } from '../types.ts';
import type {
  OtlpDecoded,
  OtlpLogsRequest,
  OtlpMetricsRequest,
  OtlpTracesRequest,
} from '../types.ts';
import { decodeLogsJson } from './json-logs.ts';
import { decodeMetricsJson } from './json-metrics.ts';
import { parseJsonBody } from './json-text.ts';
import { decodeTracesJson } from './json-traces.ts';
import { decodeLogsProto } from './proto-logs.ts';
import { decodeMetricsProto } from './proto-metrics.ts';
import { decodeTracesProto } from './proto-traces.ts';

export type OtlpEncoding = 'protobuf' | 'json';

/**
 * A malformed body must never become a 5xx: whatever a decoder did not anticipate (a
 * RangeError from hostile input, say) is still the client's bad request.
 */
function decodeSafely<T>(decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    if (err instanceof DecodeError) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new DecodeError(`malformed OTLP request: ${detail}`);
  }
}

/** ExportMetricsServiceRequest, protobuf or OTLP/JSON, with the data points it refused. */
export function decodeOtlpMetrics(
  body: Uint8Array,
  encoding: OtlpEncoding,
): OtlpDecoded<OtlpMetricsRequest> {
  return decodeSafely(() =>
    encoding === 'json' ? decodeMetricsJson(parseJsonBody(body)) : decodeMetricsProto(body),
  );
}

/** ExportTraceServiceRequest, protobuf or OTLP/JSON, with the spans it refused. */
export function decodeOtlpTraces(
  body: Uint8Array,
  encoding: OtlpEncoding,
): OtlpDecoded<OtlpTracesRequest> {
  return decodeSafely(() =>
    encoding === 'json' ? decodeTracesJson(parseJsonBody(body)) : decodeTracesProto(body),
  );
}

/** ExportLogsServiceRequest, protobuf or OTLP/JSON, with the log records it refused. */
export function decodeOtlpLogs(
  body: Uint8Array,
  encoding: OtlpEncoding,
): OtlpDecoded<OtlpLogsRequest> {
  return decodeSafely(() =>
    encoding === 'json' ? decodeLogsJson(parseJsonBody(body)) : decodeLogsProto(body),
  );
}
