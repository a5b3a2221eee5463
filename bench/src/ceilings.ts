import { decodeOtlpMetrics } from '../../apps/collector/src/decode/otlp/index.ts';
import { parsePrometheusText } from '../../apps/collector/src/decode/prometheus/index.ts';
import { DEFAULT_LABEL_LIMITS } from '../../apps/collector/src/ingest/validate.ts';
import { runDecodeTask } from '../../apps/collector/src/worker/decode-task.ts';
import type { DecodeRequest } from '../../apps/collector/src/worker/decode-task.ts';
import { median } from './ledger.ts';
import type { BenchRequest } from './rounds.ts';

/**
 * What one thread does with the same bodies in-process, without HTTP or the store: the
 * decoder alone, and a decode worker's whole task (decode, normalize, validate, encode for the
 * writer). The end-to-end rate can only approach these with more threads than one.
 */
export type Ceilings = {
  textParse: number;
  textTask: number;
  otlpDecode: number;
  otlpTask: number;
};

const PASSES = 3;

/** Samples per second over all requests, median of a few passes after a warm-up. */
const measure = (requests: BenchRequest[], run: (request: BenchRequest) => void): number => {
  const samples = requests.reduce((total, request) => total + request.samples, 0);
  for (const request of requests) run(request);
  const rates = Array.from({ length: PASSES }, () => {
    const started = performance.now();
    for (const request of requests) run(request);

    return samples / ((performance.now() - started) / 1000);
  });

  return median(rates);
};

export const measureCeilings = (
  text: BenchRequest[],
  otlp: BenchRequest[],
  timestampMs: number,
): Ceilings => {
  const receivedAtNs = BigInt(timestampMs) * 1_000_000n;
  const limits = {
    nowNs: BigInt(Date.now()) * 1_000_000n,
    maxFutureNs: 600_000_000_000n,
    maxAgeNs: 86_400_000_000_000n,
    ...DEFAULT_LABEL_LIMITS,
  };
  const task = (request: BenchRequest, decode: DecodeRequest) =>
    runDecodeTask({ ...decode, body: request.body, limits });
  const context = { tenant: 'default', source: 'import', receivedAtNs } as const;

  return {
    textParse: measure(text, (request) => {
      parsePrometheusText(new TextDecoder('utf-8', { fatal: true }).decode(request.body), {
        format: 'prometheus',
        defaultTimestampMs: timestampMs,
      });
    }),
    textTask: measure(text, (request) => {
      task(request, {
        kind: 'prometheus-text',
        body: request.body,
        maxBodyBytes: Number.MAX_SAFE_INTEGER,
        contentEncoding: undefined,
        format: 'prometheus',
        defaultTimestampMs: timestampMs,
        extraLabels: [],
        context: { ...context, job: 'bench', instance: 'bench-target' },
      });
    }),
    otlpDecode: measure(otlp, (request) => {
      decodeOtlpMetrics(request.body, 'protobuf');
    }),
    otlpTask: measure(otlp, (request) => {
      task(request, {
        kind: 'otlp',
        signal: 'metrics',
        encoding: 'protobuf',
        body: request.body,
        maxBodyBytes: Number.MAX_SAFE_INTEGER,
        contentEncoding: undefined,
        context: { ...context, source: 'otlp' },
      });
    }),
  };
};
