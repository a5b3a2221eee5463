import type { HttpAnswer, HttpClient } from './http-client.ts';
import { renderOtlpTarget } from './otlp/workload.ts';
import type { BenchRequest } from './rounds.ts';
import { renderTarget } from './workload.ts';

const TEXT_HEADERS = { 'content-type': 'text/plain; version=0.0.4' };
const OTLP_HEADERS = { 'content-type': 'application/x-protobuf' };

/** One text import per target, all with the round's timestamp (a query parameter). */
export const textRequests = (targets: number, round: number, timestampMs: number) =>
  Array.from({ length: targets }, (_, target): BenchRequest => {
    const { text, samples } = renderTarget(target, round);

    return {
      path:
        `/api/v1/import/prometheus?job=bench&instance=target-${target}` +
        `&timestamp=${timestampMs}`,
      body: Buffer.from(text),
      headers: TEXT_HEADERS,
      samples,
    };
  });

export const otlpRequests = (targets: number, round: number, timestampMs: number) =>
  Array.from({ length: targets }, (_, target): BenchRequest => {
    const { body, points } = renderOtlpTarget(target, round, BigInt(timestampMs) * 1_000_000n);

    return { path: '/v1/metrics', body, headers: OTLP_HEADERS, samples: points };
  });

/** The text import answers with what it stored; anything but 200 fails the round. */
export const acknowledgeText = (answer: HttpAnswer): number => {
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.body.toString()}`);

  return (JSON.parse(answer.body.toString()) as { stored?: number }).stored ?? 0;
};

/**
 * OTLP answers a full success with an empty ExportMetricsServiceResponse; a partial_success
 * (some points refused) has a body and fails the round. The stored count comes from /metrics.
 */
export const acknowledgeOtlp = (answer: HttpAnswer): number => {
  if (answer.status !== 200 || answer.body.length > 0) {
    throw new Error(`HTTP ${answer.status} with a ${answer.body.length}-byte answer`);
  }

  return 0;
};

const OTLP_STORED =
  /^fleetlens_ingest_samples_total\{protocol="otlp_http_metrics",outcome="stored"\} (\d+)/m;

/** What the collector counts as stored over OTLP/HTTP: only ever counted after the commit. */
export const readOtlpStored = async (client: HttpClient): Promise<number> => {
  const text = (await client.get('/metrics')).body.toString();

  return Number(OTLP_STORED.exec(text)?.[1] ?? 0);
};
