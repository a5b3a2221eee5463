import { decodeOtlpLogs, decodeOtlpMetrics, decodeOtlpTraces } from '../decode/otlp/index.ts';
import {
  normalizeOtlpLogs,
  normalizeOtlpMetrics,
  normalizeOtlpTraces,
} from '../normalize/index.ts';
import type { NormalizeContext, NormalizedBatch } from '../normalize/types.ts';
import type { OtlpSignal } from './otlp-response.ts';

export type OtlpEncoding = 'protobuf' | 'json';

/** Shared by OTLP/HTTP and OTLP/gRPC: wire bytes of one signal to a normalized batch. */
export const decodeAndNormalize = (
  signal: OtlpSignal,
  bytes: Uint8Array,
  encoding: OtlpEncoding,
  context: NormalizeContext,
): NormalizedBatch => {
  if (signal === 'metrics') {
    const { rejected, ...request } = decodeOtlpMetrics(bytes, encoding);
    const batch = normalizeOtlpMetrics(request, context);
    return { ...batch, rejected: [...rejected, ...batch.rejected] };
  }
  if (signal === 'traces') {
    const { rejected, ...request } = decodeOtlpTraces(bytes, encoding);
    const batch = normalizeOtlpTraces(request, context);
    return { ...batch, rejected: [...rejected, ...batch.rejected] };
  }
  const { rejected, ...request } = decodeOtlpLogs(bytes, encoding);
  const batch = normalizeOtlpLogs(request, context);

  return { ...batch, rejected: [...rejected, ...batch.rejected] };
};
