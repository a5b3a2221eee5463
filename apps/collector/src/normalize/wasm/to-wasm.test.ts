import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import {
  createCounter,
  createHistogram,
  createHistogramPoint,
  createMetricsRequest,
  createNumberPoint,
  createUpDownCounter,
} from '../test-utils/otlp-fixture.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toWasmKpis, toWasmOtlpKpis } from './to-wasm.ts';

const COMPONENT = {
  'component.ref': 'ghcr.io/wasmcloud/components/http-hello-world-rust:0.1.0',
  lattice: 'default',
  host: 'NBXRZ5QNPUWAMR5XVY7JYQZKE3JG5UFOD2YSN6RZR3XHTPJ7ACEW4MVX',
  operation: 'wasi:http/incoming-handler.handle',
};

describe('wasmCloud, current host over OTLP', () => {
  const request = createMetricsRequest({ 'service.name': 'wasmcloud-host' }, [
    createHistogram('wasmcloud_host.handle_rpc_message.duration', 'nanoseconds', [
      createHistogramPoint([1e6, 5e6, 1e7], [10n, 5n, 2n, 1n], 2.5e7, COMPONENT),
    ]),
    createCounter('wasmcloud_host.component.invocations', '', [createNumberPoint(18n, COMPONENT)]),
    createCounter('wasmcloud_host.component.invocation.errors', '', [
      createNumberPoint(1n, COMPONENT),
    ]),
    createUpDownCounter('wasmcloud_host.component.active_instances', '', [
      createNumberPoint(3n, COMPONENT),
    ]),
  ]);
  const batch = toWasmOtlpKpis(request, createContext({ source: 'otlp' }));

  it('converts the ns rpc histogram to seconds', () => {
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      count: 18,
      sum: 0.025,
      bounds: [0.001, 0.005, 0.01],
      bucketCounts: [10, 5, 2, 1],
    });
  });

  it('reads invocations, errors and active instances per component', () => {
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 18 }]);
    expect(readSamples(batch, 'errors_total')).toEqual([
      { labels: { reason: 'invocation' }, value: 1 },
    ]);
    expect(readSamples(batch, 'instances')).toEqual([{ labels: {}, value: 3 }]);
    expect(batch.samples[0]?.resource).toEqual({
      tenant: 'acme',
      paradigm: 'wasm',
      platform: 'wasmcloud',
      node: COMPONENT.host,
      workload: COMPONENT['component.ref'],
      attributes: { 'service.name': 'wasmcloud-host', 'wasmcloud.lattice': 'default' },
    });
  });
});

describe('wasmCloud, older host and the actor→component rename', () => {
  it('reads wasmcloud_actor_* and the renamed Prometheus names alike', () => {
    const batch = toWasmKpis(
      parseFixture(`
# TYPE wasmcloud_actor_invocations counter
wasmcloud_actor_invocations{actor="MBCFOPM6JW2APJLXJD3Z5O4CN7CPYJ2B4FTKLJUR5YR5MITIU7HD3WD5"} 40
# TYPE wasmcloud_host_component_invocations_total counter
wasmcloud_host_component_invocations_total{component_ref="ghcr.io/acme/echo:1.2.0"} 60
`),
      createContext(),
    );
    expect(batch.samples.map((s) => [s.kpi, s.resource.workload, s.value])).toEqual([
      ['requests_total', 'MBCFOPM6JW2APJLXJD3Z5O4CN7CPYJ2B4FTKLJUR5YR5MITIU7HD3WD5', 40],
      ['requests_total', 'ghcr.io/acme/echo:1.2.0', 60],
    ]);
  });

  it('never reads the latency histogram that reuses the name wasmcloud_actor_scale', () => {
    const histogram = toWasmKpis(
      parseFixture(`
# TYPE wasmcloud_actor_scale histogram
wasmcloud_actor_scale_bucket{le="+Inf"} 4
wasmcloud_actor_scale_sum 0.2
wasmcloud_actor_scale_count 4
`),
      createContext(),
    );
    expect(histogram.samples).toEqual([]);
    expect(histogram.unmapped).toEqual([
      { source: 'fixture', family: 'wasmcloud_actor_scale', count: 3 },
    ]);
    const gauge = toWasmKpis(
      parseFixture('# TYPE wasmcloud_actor_scale gauge\nwasmcloud_actor_scale{actor="MB1"} 2'),
      createContext(),
    );
    expect(readSamples(gauge, 'instances')).toEqual([{ labels: {}, value: 2 }]);
  });
});

describe('Spin and embedded engines', () => {
  it('reads Spin per-component CPU time and memory histograms', () => {
    const points = (sum: number) => [createHistogramPoint([], [], sum, { component_id: 'hello' })];
    const cpu = createHistogram('spin.component_cpu_time', 's', points(1.75));
    const memory = createHistogram('spin.component_memory_used', 'By', points(40 * 2_097_152));
    for (const metric of [cpu, memory]) {
      if (metric.type === 'histogram') metric.points.forEach((point) => (point.count = 40n));
    }
    const batch = toWasmOtlpKpis(
      createMetricsRequest({ 'service.name': 'spin', 'host.name': 'edge-7' }, [cpu, memory]),
      createContext({ source: 'otlp' }),
    );
    expect(readSamples(batch, 'cpu_seconds_total')).toEqual([{ labels: {}, value: 1.75 }]);
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 2_097_152 }]);
    expect(batch.samples[0]?.resource).toMatchObject({
      platform: 'spin',
      workload: 'hello',
      node: 'edge-7',
    });
  });

  it('measures a wasmtime host through its process metrics when the scrape names it', () => {
    const text = `
# TYPE process_cpu_seconds_total counter
process_cpu_seconds_total 12.3
# TYPE process_resident_memory_bytes gauge
process_resident_memory_bytes 5.2e+07
`;
    const batch = toWasmKpis(parseFixture(text), createContext({ platformHint: 'wasmtime' }));
    expect(
      batch.samples.map((s) => [s.kpi, s.value, s.resource.platform, s.resource.paradigm]),
    ).toEqual([
      ['cpu_seconds_total', 12.3, 'wasmtime', 'wasm'],
      ['memory_bytes', 52_000_000, 'wasmtime', 'wasm'],
    ]);
    const unnamed = toWasmKpis(parseFixture(text), createContext());
    expect(unnamed.samples).toEqual([]);
    expect(unnamed.unmapped.map((u) => u.family)).toEqual([
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
    ]);
  });
});
