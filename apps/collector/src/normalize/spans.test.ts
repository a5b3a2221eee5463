import { describe, expect, it } from 'vitest';

import type { OtlpAttributes, OtlpSpan, OtlpTracesRequest } from '../decode/types.ts';
import { normalizeOtlpTraces } from './spans.ts';
import { createContext } from './test-utils/context.ts';

const START_NS = 1_714_564_800_000_000_000n;

const createSpan = (
  name: string,
  durationMs: bigint,
  attributes: OtlpAttributes,
  statusCode = 0,
): OtlpSpan => ({
  traceId: '5b8efff798038103d269b633813fc60c',
  spanId: 'eee19b7ec3c1b174',
  name,
  kind: 2,
  startTimeUnixNano: START_NS,
  endTimeUnixNano: START_NS + durationMs * 1_000_000n,
  attributes,
  events: [],
  status: { code: statusCode, message: '' },
});

const createRequest = (resource: OtlpAttributes, spans: OtlpSpan[]): OtlpTracesRequest => ({
  resourceSpans: [
    {
      resource: { attributes: resource },
      scopeSpans: [{ scope: { name: 't', attributes: {} }, spans }],
    },
  ],
});

const LAMBDA = { 'cloud.platform': 'aws_lambda', 'cloud.provider': 'aws', 'faas.name': 'checkout' };

describe('normalizeOtlpTraces', () => {
  it('turns faas spans into invocation events with their cold flag and error status', () => {
    const batch = normalizeOtlpTraces(
      createRequest(LAMBDA, [
        createSpan('checkout', 1450n, {
          'faas.coldstart': true,
          'faas.trigger': 'http',
          'faas.invocation_id': 'req-1',
        }),
        createSpan('checkout', 35n, { 'faas.coldstart': 'false' }, 2),
        createSpan('GET /health', 2n, { 'http.route': '/health' }),
      ]),
      createContext({ source: 'otlp' }),
    );
    expect(batch.events.map(({ resource: _resource, ...event }) => event)).toEqual([
      {
        type: 'invocation',
        timestampNs: START_NS + 1_450_000_000n,
        durationSeconds: 1.45,
        cold: true,
        error: false,
        attributes: { 'faas.invocation.id': 'req-1', 'faas.trigger': 'http' },
      },
      {
        type: 'invocation',
        timestampNs: START_NS + 35_000_000n,
        durationSeconds: 0.035,
        cold: false,
        error: true,
        attributes: {},
      },
    ]);
    expect(batch.events[0]?.resource).toMatchObject({
      platform: 'aws-lambda',
      workload: 'checkout',
    });
  });

  it('takes a cold start only from the init phase, never from a cold invocation span', () => {
    const batch = normalizeOtlpTraces(
      createRequest({ 'service.name': 'checkout' }, [
        createSpan('platform.init', 287n, { 'faas.coldstart': true }),
        createSpan('platform.invoke', 1201n, {}),
      ]),
      createContext({ source: 'otlp' }),
    );
    expect(batch.events).toHaveLength(1);
    expect(batch.events[0]).toMatchObject({
      type: 'cold_start',
      durationSeconds: 0.287,
      source: 'span:platform.init',
      resource: { platform: 'aws-lambda' },
    });
  });

  it("reads the current receiver's `init <function>` span as a cold start", () => {
    const init = { ...createSpan('init checkout', 350n, { 'faas.coldstart': true }), kind: 1 };
    const batch = normalizeOtlpTraces(
      createRequest(LAMBDA, [init, createSpan('init checkout', 12n, { 'faas.coldstart': true })]),
      createContext({ source: 'otlp' }),
    );
    expect(batch.events).toMatchObject([
      { type: 'cold_start', durationSeconds: 0.35, source: 'span:init checkout' },
      // A server span of that name is the application's own invocation.
      { type: 'invocation', cold: true },
    ]);
  });

  it('counts faas spans of an unknown platform as unmapped', () => {
    const batch = normalizeOtlpTraces(
      createRequest({ 'service.name': 'mystery' }, [
        createSpan('handler', 5n, { 'faas.coldstart': false }),
      ]),
      createContext({ source: 'otlp' }),
    );
    expect(batch.events).toEqual([]);
    expect(batch.unmapped).toEqual([{ source: 'otlp', family: 'span:handler', count: 1 }]);
  });
});
