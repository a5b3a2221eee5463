import { gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';
import { encodeOtlpGauges } from '../src/test-utils/wire.ts';

/**
 * reliability.md §5c rows 1–7, 12–22 over real HTTP: each bad input gets its specified answer
 * and nothing wrong reaches the store.
 */
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
const DCGM = { 'service.name': 'dcgm', 'host.name': 'gpu-host' };

const jsonGauge = (name: string, value: unknown, extra: Record<string, unknown> = {}) => ({
  resourceMetrics: [
    {
      resource: {
        attributes: [{ key: 'service.name', value: { stringValue: 'bad-input-test' } }],
      },
      scopeMetrics: [
        {
          scope: { name: 'test' },
          metrics: [
            {
              name,
              unit: 'By',
              gauge: {
                dataPoints: [{ timeUnixNano: String(nowNs()), asDouble: value, ...extra }],
              },
            },
          ],
        },
      ],
    },
  ],
});

describe('OTLP/HTTP bad inputs', () => {
  let collector: TestCollector;
  const post = (path: string, body: Uint8Array | string, headers: Record<string, string>) =>
    fetch(`${collector.baseUrl}${path}`, { method: 'POST', body, headers });

  beforeAll(async () => {
    collector = await startTestCollector();
  });
  afterAll(async () => {
    await collector.close();
  });

  const countSeries = async (): Promise<number> => {
    const response = await fetch(`${collector.baseUrl}/api/v1/series?limit=10000`);
    return ((await response.json()) as { series: unknown[] }).series.length;
  };

  it('#1 answers a truncated protobuf with 400 and a google.rpc.Status, storing nothing', async () => {
    const before = await countSeries();
    const valid = encodeOtlpGauges(DCGM, [
      { name: 'process.memory.usage', value: 1, timeUnixNano: nowNs() },
    ]);
    const response = await post('/v1/metrics', valid.subarray(0, valid.length - 5), {
      'content-type': 'application/x-protobuf',
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/x-protobuf');
    expect(new Uint8Array(await response.arrayBuffer()).length).toBeGreaterThan(2);
    expect(await countSeries()).toBe(before);
  });

  it('#2 never answers 5xx for a traces body posted to /v1/metrics', async () => {
    const span = {
      resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: 'ab'.repeat(16), name: 'x' }] }] }],
    };
    const response = await post('/v1/metrics', JSON.stringify(span), {
      'content-type': 'application/json',
    });

    expect([200, 400]).toContain(response.status);
  });

  it('#3 refuses a gzip bomb with 413 once the inflated size passes the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const response = await post('/v1/metrics', bomb, {
      'content-type': 'application/x-protobuf',
      'content-encoding': 'gzip',
    });

    expect(response.status).toBe(413);
  });

  it('#4 refuses an oversized body by Content-Length before reading it', async () => {
    const response = await post('/v1/metrics', Buffer.alloc(21 * 1024 * 1024), {
      'content-type': 'application/x-protobuf',
    });

    expect(response.status).toBe(413);
  });

  it('#5 answers gzip-labelled bytes that are not gzip with 400', async () => {
    const response = await post('/v1/metrics', 'not gzip at all', {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });

    expect(response.status).toBe(400);
  });

  it('#6 answers an unsupported Content-Encoding with 415', async () => {
    const response = await post('/v1/metrics', '{}', {
      'content-type': 'application/json',
      'content-encoding': 'br',
    });

    expect(response.status).toBe(415);
  });

  it.each(['text/plain', 'application/xml'])(
    '#7 answers Content-Type %s with 415 naming the supported ones',
    async (type) => {
      const response = await post('/v1/metrics', '{}', { 'content-type': type });

      expect(response.status).toBe(415);
      expect(await response.text()).toContain('application/x-protobuf');
    },
  );

  it('#12 answers an enum spelled as a string with 400 naming the field', async () => {
    const body = {
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  traceId: 'ab'.repeat(16),
                  spanId: 'cd'.repeat(8),
                  name: 'x',
                  kind: 'SPAN_KIND_SERVER',
                  startTimeUnixNano: String(nowNs()),
                  endTimeUnixNano: String(nowNs()),
                },
              ],
            },
          ],
        },
      ],
    };
    const response = await post('/v1/traces', JSON.stringify(body), {
      'content-type': 'application/json',
    });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('kind');
  });

  it('#13 rejects a span with a base64 trace id through partial success', async () => {
    const span = (traceId: string) => ({
      traceId,
      spanId: 'CD'.repeat(8),
      name: 'handler',
      kind: 2,
      startTimeUnixNano: String(nowNs()),
      endTimeUnixNano: String(nowNs() + 1_000_000n),
      attributes: [{ key: 'faas.coldstart', value: { boolValue: true } }],
    });
    const body = {
      resourceSpans: [
        {
          resource: {
            attributes: [{ key: 'cloud.platform', value: { stringValue: 'aws_lambda' } }],
          },
          scopeSpans: [{ spans: [span('AB'.repeat(16)), span('q83vEjRWeJA=')] }],
        },
      ],
    };
    const response = await post('/v1/traces', JSON.stringify(body), {
      'content-type': 'application/json',
    });
    const answer = (await response.json()) as {
      partialSuccess?: { rejectedSpans?: string; errorMessage?: string };
    };

    expect(response.status).toBe(200);
    expect(answer.partialSuccess?.rejectedSpans).toBe('1');
    expect(answer.partialSuccess?.errorMessage).toMatch(/trace/i);
  });

  it('#14 ignores unknown fields and snake_case keys', async () => {
    const body = { ...jsonGauge('process.memory.usage', 42), unknown_field: 1, extra: { a: 1 } };
    const response = await post('/v1/metrics', JSON.stringify(body), {
      'content-type': 'application/json',
    });

    expect(response.status).toBe(200);
  });

  it('#15 keeps nanosecond timestamps exact whether sent as string or number', async () => {
    const exact = nowNs() - 123n;
    const text = JSON.stringify(jsonGauge('process.memory.usage', 7)).replace(
      /"timeUnixNano":"\d+"/,
      `"timeUnixNano":${exact}`,
    );
    const response = await post('/v1/metrics', text, { 'content-type': 'application/json' });

    expect(response.status).toBe(200);
  });

  it('#16 refuses AnyValue nesting deeper than the limit with 400', async () => {
    let value: Record<string, unknown> = { stringValue: 'leaf' };
    for (let depth = 0; depth < 200; depth++) value = { arrayValue: { values: [value] } };
    const body = jsonGauge('process.memory.usage', 1);
    const resource = body.resourceMetrics[0]?.resource;
    resource?.attributes.push({ key: 'deep', value: value as { stringValue: string } });
    const response = await post('/v1/metrics', JSON.stringify(body), {
      'content-type': 'application/json',
    });

    expect(response.status).toBe(400);
  });

  it('#17 treats __proto__ attribute keys as ordinary keys without polluting prototypes', async () => {
    const text = JSON.stringify(jsonGauge('process.memory.usage', 3)).replace(
      '"attributes":[',
      '"attributes":[{"key":"__proto__","value":{"stringValue":"polluted"}},{"key":"constructor","value":{"stringValue":"x"}},',
    );
    const response = await post(
      '/v1/metrics',
      text.replace('"scope"', '"__proto__":{"polluted":1},"scope"'),
      { 'content-type': 'application/json' },
    );

    expect(response.status).toBe(200);
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });

  it('#21 answers an empty request and empty envelopes with 200', async () => {
    for (const body of ['{}', '{"resourceMetrics":[{"scopeMetrics":[]}]}']) {
      const response = await post('/v1/metrics', body, { 'content-type': 'application/json' });
      expect(response.status).toBe(200);
    }
    const empty = await post('/v1/metrics', new Uint8Array(0), {
      'content-type': 'application/x-protobuf',
    });
    expect(empty.status).toBe(200);
  });

  it('#22 keeps 99 good points and reports the 1 bad one as partial success', async () => {
    const gauges = Array.from({ length: 100 }, (_, index) => ({
      name: 'DCGM_FI_DEV_GPU_UTIL',
      value: index,
      // One point a year in the future: out of bounds, the rest fine.
      timeUnixNano:
        index === 50 ? nowNs() + 365n * 86_400n * 1_000_000_000n : nowNs() - BigInt(index),
    }));
    const response = await post('/v1/metrics', encodeOtlpGauges(DCGM, gauges), {
      'content-type': 'application/x-protobuf',
    });

    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer()).length).toBeGreaterThan(0);
  });
});
