import type { ColdStart } from './cold-start-traffic.ts';

const BATCH = 2000;
const NS_PER_MS = 1_000_000n;

const attribute = (key: string, value: string) => ({ key, value: { stringValue: value } });
const hex = (value: number, width: number): string => value.toString(16).padStart(width, '0');

/**
 * Sends cold starts through the real ingest path: OTLP/HTTP JSON traces with the Lambda
 * extension's `platform.init` spans, which the collector stores as cold_start events of
 * aws-lambda, one resource per function.
 */
export const sendColdStarts = async (baseUrl: string, starts: readonly ColdStart[]) => {
  for (let offset = 0; offset < starts.length; offset += BATCH) {
    const batch = starts.slice(offset, offset + BATCH);
    const byWorkload = new Map<string, ColdStart[]>();
    for (const start of batch) {
      const list = byWorkload.get(start.workload) ?? [];
      list.push(start);
      byWorkload.set(start.workload, list);
    }
    const body = {
      resourceSpans: [...byWorkload].map(([workload, spans]) => ({
        resource: {
          attributes: [
            attribute('cloud.provider', 'aws'),
            attribute('cloud.platform', 'aws_lambda'),
            attribute('cloud.region', 'eu-central-1'),
            attribute('faas.name', workload),
            attribute('service.name', workload),
          ],
        },
        scopeSpans: [
          {
            spans: spans.map((span, index) => {
              const endNs = BigInt(span.endMs) * NS_PER_MS;
              const startNs = endNs - BigInt(Math.round(span.durationSeconds * 1e9));
              const id = offset + index;

              return {
                traceId: hex(id + 1, 32),
                spanId: hex(id + 1, 16),
                name: 'platform.init',
                kind: 1,
                startTimeUnixNano: startNs.toString(),
                endTimeUnixNano: endNs.toString(),
              };
            }),
          },
        ],
      })),
    };
    const response = await fetch(`${baseUrl}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { partialSuccess?: { rejectedSpans?: string } };
    if (!response.ok || Number(answer.partialSuccess?.rejectedSpans ?? 0) > 0) {
      throw new Error(`cold starts refused: ${response.status} ${JSON.stringify(answer)}`);
    }
  }
};
