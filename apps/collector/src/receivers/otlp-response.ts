import protobuf from 'protobufjs';

/**
 * OTLP answers. Export*ServiceResponse has the same shape for every signal (partial_success = 1
 * with rejected_<items> = 1 and error_message = 2); only the JSON key of the count differs.
 * Failures carry a google.rpc.Status (code = 1, message = 2) in the request's own encoding.
 * @see https://github.com/open-telemetry/opentelemetry-proto/blob/main/docs/specification.md
 */
export type OtlpSignal = 'metrics' | 'traces' | 'logs';

const REJECTED_JSON_KEY: Record<OtlpSignal, string> = {
  metrics: 'rejectedDataPoints',
  traces: 'rejectedSpans',
  logs: 'rejectedLogRecords',
};

/** gRPC status codes used in google.rpc.Status bodies (same numbers as over gRPC). */
export const GRPC_CODE_FOR_HTTP: Record<number, number> = {
  400: 3, // INVALID_ARGUMENT
  413: 3,
  415: 3,
  429: 8, // RESOURCE_EXHAUSTED
  503: 14, // UNAVAILABLE
};

export const encodeExportResponse = (
  signal: OtlpSignal,
  encoding: 'protobuf' | 'json',
  rejected: number,
  errorMessage: string,
): Uint8Array => {
  if (encoding === 'json') {
    const body =
      rejected > 0 || errorMessage
        ? { partialSuccess: { [REJECTED_JSON_KEY[signal]]: String(rejected), errorMessage } }
        : {};
    return Buffer.from(JSON.stringify(body));
  }
  if (rejected === 0 && !errorMessage) return new Uint8Array(0);

  const partial = protobuf.Writer.create();
  if (rejected > 0) partial.uint32((1 << 3) | 0).int64(rejected);
  if (errorMessage) partial.uint32((2 << 3) | 2).string(errorMessage);
  const partialBytes = partial.finish();

  return protobuf.Writer.create()
    .uint32((1 << 3) | 2)
    .bytes(partialBytes)
    .finish();
};

export const encodeStatus = (
  encoding: 'protobuf' | 'json',
  httpStatus: number,
  message: string,
): Uint8Array => {
  const code = GRPC_CODE_FOR_HTTP[httpStatus] ?? 2;
  if (encoding === 'json') return Buffer.from(JSON.stringify({ code, message }));

  return protobuf.Writer.create()
    .uint32((1 << 3) | 0)
    .int32(code)
    .uint32((2 << 3) | 2)
    .string(message)
    .finish();
};
