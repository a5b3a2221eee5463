import {
  JsonLogsSerializer,
  JsonMetricsSerializer,
  JsonTraceSerializer,
  ProtobufLogsSerializer,
  ProtobufMetricsSerializer,
  ProtobufTraceSerializer,
} from '@opentelemetry/otlp-transformer';
import { describe, expect, it } from 'vitest';

import type { OtlpMetric } from '../types.ts';
import { decodeOtlpLogs, decodeOtlpMetrics, decodeOtlpTraces } from './decode-otlp.ts';
import { collectSdkMetrics, emitSdkLogs, recordSdkSpans } from './testdata/sdk-telemetry.ts';

function bytesOf(serialized: Uint8Array | undefined): Uint8Array {
  if (serialized === undefined) throw new Error('serializer returned nothing');
  return serialized;
}

const nanos = ([seconds, fraction]: [number, number]) =>
  BigInt(seconds) * 1_000_000_000n + BigInt(fraction);

function metricNamed(metrics: OtlpMetric[], name: string): OtlpMetric {
  const metric = metrics.find((m) => m.name === name);
  if (metric === undefined) throw new Error(`no metric ${name}`);
  return metric;
}

describe('OTLP decoders on bytes from the OpenTelemetry JS SDK', () => {
  it('decodes metrics identically from protobuf and JSON', async () => {
    const sdk = await collectSdkMetrics();
    const fromProto = decodeOtlpMetrics(
      bytesOf(ProtobufMetricsSerializer.serializeRequest(sdk)),
      'protobuf',
    );
    const fromJson = decodeOtlpMetrics(
      bytesOf(JsonMetricsSerializer.serializeRequest(sdk)),
      'json',
    );
    expect(fromProto.rejected).toEqual([]);
    expect(fromJson).toEqual(fromProto);

    const [resourceMetrics] = fromProto.resourceMetrics;
    expect(resourceMetrics?.resource.attributes['service.name']).toBe('checkout-fn');
    expect(resourceMetrics?.resource.attributes['faas.max_memory']).toBe(134217728n);
    const [scopeMetrics] = resourceMetrics?.scopeMetrics ?? [];
    expect(scopeMetrics?.scope).toMatchObject({ name: 'fleetlens-test', version: '1.0.0' });
    const metrics = scopeMetrics?.metrics ?? [];

    const sdkInit = sdk.scopeMetrics[0]?.metrics.find(
      (m) => m.descriptor.name === 'faas.init_duration',
    );
    const init = metricNamed(metrics, 'faas.init_duration');
    expect(init).toMatchObject({ type: 'histogram', unit: 's', temporality: 2 });
    if (init.type !== 'histogram') throw new Error('not a histogram');
    const [point] = init.points;
    expect(point?.count).toBe(2n);
    expect(point?.sum).toBeCloseTo(1.48733, 10);
    expect(point?.min).toBe(0.28733);
    expect(point?.max).toBe(1.2);
    expect(point?.explicitBounds).toEqual([
      0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
    ]);
    expect(point?.bucketCounts).toEqual([0n, 0n, 0n, 0n, 0n, 0n, 1n, 0n, 1n, 0n, 0n, 0n]);
    expect(point?.attributes).toEqual({ 'faas.trigger': 'http' });
    const sdkPoint = sdkInit?.dataPoints[0];
    expect(point?.timeUnixNano).toBe(nanos(sdkPoint?.endTime ?? [0, 0]));
    expect(point?.startTimeUnixNano).toBe(nanos(sdkPoint?.startTime ?? [0, 0]));

    const invocations = metricNamed(metrics, 'faas.invocations');
    expect(invocations).toMatchObject({ type: 'sum', isMonotonic: true, temporality: 2 });
    expect(invocations.points.map((p) => ('value' in p ? p.value : undefined))).toEqual([3n, 1n]);

    const cpu = metricNamed(metrics, 'faas.cpu_utilization');
    expect(cpu.type).toBe('gauge');
    expect(cpu.points[0] && 'value' in cpu.points[0] ? cpu.points[0].value : undefined).toBe(0.42);

    const concurrency = metricNamed(metrics, 'faas.concurrency');
    expect(concurrency).toMatchObject({ type: 'sum', isMonotonic: false });

    const memory = metricNamed(metrics, 'faas.mem_usage');
    expect(memory).toMatchObject({ type: 'exponential_histogram', unit: 'By', temporality: 2 });
    if (memory.type !== 'exponential_histogram') throw new Error('not exponential');
    expect(memory.points[0]?.count).toBe(1n);
    expect(memory.points[0]?.positive.bucketCounts.reduce((a, b) => a + b, 0n)).toBe(1n);
  });

  it('decodes spans identically from protobuf and JSON', () => {
    const spans = recordSdkSpans();
    const fromProto = decodeOtlpTraces(
      bytesOf(ProtobufTraceSerializer.serializeRequest(spans)),
      'protobuf',
    );
    const fromJson = decodeOtlpTraces(bytesOf(JsonTraceSerializer.serializeRequest(spans)), 'json');
    expect(fromProto.rejected).toEqual([]);
    expect(fromJson).toEqual(fromProto);

    const decoded = fromProto.resourceSpans[0]?.scopeSpans[0]?.spans ?? [];
    const sdkParent = spans.find((s) => s.name === 'checkout');
    const parent = decoded.find((s) => s.name === 'checkout');
    const child = decoded.find((s) => s.name === 'db.query');
    expect(parent?.traceId).toBe(sdkParent?.spanContext().traceId);
    expect(parent?.spanId).toBe(sdkParent?.spanContext().spanId);
    expect(parent?.parentSpanId).toBeUndefined();
    expect(child?.parentSpanId).toBe(parent?.spanId);
    expect(child?.traceId).toBe(parent?.traceId);
    expect(parent?.kind).toBe(2);
    expect(child?.kind).toBe(3);
    expect(parent?.attributes).toEqual({
      'faas.coldstart': true,
      'faas.trigger': 'http',
      'http.response.status_code': 500n,
      'faas.init_ms': 287.33,
      retries: [1n, 2n],
    });
    expect(parent?.events).toEqual([
      expect.objectContaining({ name: 'init complete', attributes: { 'init.phase': 'runtime' } }),
    ]);
    expect(parent?.status).toEqual({ code: 2, message: 'upstream timeout' });
    expect(parent?.startTimeUnixNano).toBe(nanos(sdkParent?.startTime ?? [0, 0]));
    expect(parent?.endTimeUnixNano).toBe(nanos(sdkParent?.endTime ?? [0, 0]));
  });

  it('decodes log records identically from protobuf and JSON', () => {
    const [span] = recordSdkSpans();
    if (span === undefined) throw new Error('no span');
    const records = emitSdkLogs(span);
    const fromProto = decodeOtlpLogs(
      bytesOf(ProtobufLogsSerializer.serializeRequest(records)),
      'protobuf',
    );
    const fromJson = decodeOtlpLogs(bytesOf(JsonLogsSerializer.serializeRequest(records)), 'json');
    expect(fromProto.rejected).toEqual([]);
    expect(fromJson).toEqual(fromProto);

    const [warn, plain] = fromProto.resourceLogs[0]?.scopeLogs[0]?.logRecords ?? [];
    expect(warn).toMatchObject({
      severityNumber: 13,
      severityText: 'WARN',
      traceId: span.spanContext().traceId,
      spanId: span.spanContext().spanId,
      body: { kvlist: { message: 'slow cold start', initMs: 287n } },
    });
    expect(warn?.attributes['faas.coldstart']).toBe(true);
    expect(warn?.timeUnixNano).toBe(nanos(records[0]?.hrTime ?? [0, 0]));
    expect(plain?.body).toBe('plain line');
    expect(plain?.traceId).toBeUndefined();
  });
});
