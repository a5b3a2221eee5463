import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import {
  createCounter,
  createHistogram,
  createHistogramPoint,
  createMetricsRequest,
  createNumberPoint,
  POINT_TIME_NS,
} from '../test-utils/otlp-fixture.ts';
import { toOtelFaasKpis } from './to-otel-faas.ts';

/** Resource of the opentelemetry-lambda extension (semconv v1.25 names). */
const LAMBDA = {
  'service.name': 'orders-api',
  'faas.name': 'orders-api',
  'faas.version': '$LATEST',
  'faas.max_memory': 128n,
  'faas.invoked_provider': 'aws',
  'faas.invoked_region': 'eu-west-1',
};
const HTTP = { 'faas.trigger': 'http' };
const BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
const counts = (values: number[]) =>
  [...values, ...Array<number>(15 - values.length).fill(0)].map(BigInt);

describe('toOtelFaasKpis', () => {
  const request = createMetricsRequest(LAMBDA, [
    createHistogram('faas.invoke_duration', 's', [
      createHistogramPoint(BOUNDS, counts([0, 4, 10, 6]), 0.52, HTTP),
    ]),
    createHistogram('faas.init_duration', 's', [
      createHistogramPoint(BOUNDS, counts([0, 0, 0, 0, 0, 0, 1, 1]), 0.61, HTTP),
    ]),
    createCounter('faas.coldstarts', '{coldstart}', [createNumberPoint(2n, HTTP)]),
    createCounter('faas.invocations', '{invocation}', [createNumberPoint(17n, HTTP)]),
    createCounter('faas.errors', '{error}', [createNumberPoint(2n, HTTP)]),
    createCounter('faas.timeouts', '{timeout}', [createNumberPoint(1n, HTTP)]),
    createHistogram('faas.mem_usage', 'By', [
      createHistogramPoint([67_108_864, 134_217_728], [0n, 20n, 0n], 20 * 81_788_928, HTTP),
    ]),
  ]);
  const batch = toOtelFaasKpis(request, createContext({ source: 'otlp' }));

  it('reads invoke and init durations as histograms, init as cold startups', () => {
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      labels: { trigger: 'http' },
      count: 20,
      sum: 0.52,
      bounds: BOUNDS,
      temporality: 'cumulative',
      timestampNs: POINT_TIME_NS,
    });
    expect(findHistogram(batch, 'startup_seconds')).toMatchObject({
      labels: { cold: 'true' },
      count: 2,
      sum: 0.61,
    });
  });

  it('counts every invocation (successful + errors + timeouts) as a request', () => {
    expect(readSamples(batch, 'requests_total')).toEqual([
      { labels: { trigger: 'http' }, value: 20 },
    ]);
    expect(readSamples(batch, 'errors_total')).toEqual([
      { labels: { reason: 'error' }, value: 2 },
      { labels: { reason: 'timeout' }, value: 1 },
    ]);
    expect(readSamples(batch, 'cold_starts_total')).toEqual([{ labels: {}, value: 2 }]);
  });

  it('reads memory as the mean of per-invocation maxima, on an AWS Lambda resource', () => {
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 81_788_928 }]);
    expect(batch.samples[0]?.resource).toEqual({
      tenant: 'acme',
      paradigm: 'serverless',
      platform: 'aws-lambda',
      workload: 'orders-api',
      attributes: {
        'service.name': 'orders-api',
        'faas.name': 'orders-api',
        'faas.version': '$LATEST',
      },
    });
  });

  it('refuses delta counters instead of storing increments as totals', () => {
    const delta = toOtelFaasKpis(
      createMetricsRequest(LAMBDA, [
        createCounter('faas.invocations', '{invocation}', [createNumberPoint(3n, HTTP)], 1),
      ]),
      createContext({ source: 'otlp' }),
    );
    expect(delta.samples).toEqual([]);
    expect(delta.rejected).toEqual([
      { reason: 'delta temporality is not stored for counter faas.invocations', count: 1 },
    ]);
  });

  it('counts metrics of an unknown platform as unmapped', () => {
    const unknown = toOtelFaasKpis(
      createMetricsRequest({ 'service.name': 'mystery' }, [
        createCounter('faas.invocations', '{invocation}', [createNumberPoint(3n)]),
      ]),
      createContext({ source: 'otlp' }),
    );
    expect(unknown.samples).toEqual([]);
    expect(unknown.unmapped).toEqual([{ source: 'otlp', family: 'faas.invocations', count: 1 }]);
  });
});
