import { Metadata, credentials, makeGenericClientConstructor, status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';
import { encodeOtlpGauges } from '../src/test-utils/wire.ts';

/** Real OTLP clients against the collector: the OpenTelemetry JS SDK exporter and a gRPC client. */
const METRICS_EXPORT = '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export';

const GrpcMetricsClient = makeGenericClientConstructor(
  {
    Export: {
      path: METRICS_EXPORT,
      requestStream: false,
      responseStream: false,
      requestSerialize: (value: Uint8Array) => Buffer.from(value),
      requestDeserialize: (bytes: Buffer) => bytes,
      responseSerialize: (value: Uint8Array) => Buffer.from(value),
      responseDeserialize: (bytes: Buffer) => bytes,
    },
  },
  'MetricsService',
);

type SeriesAnswer = {
  series: { latest: { value: number | string } | null; labels: Record<string, string> }[];
};

describe('OTLP clients', () => {
  let collector: TestCollector;
  const series = async (query: string) => {
    const response = await fetch(`${collector.baseUrl}/api/v1/series?${query}`);
    return ((await response.json()) as SeriesAnswer).series;
  };

  beforeAll(async () => {
    collector = await startTestCollector();
  });
  afterAll(async () => {
    await collector.close();
  });

  it('takes the OpenTelemetry JS SDK protobuf exporter as it is', async () => {
    const provider = new MeterProvider({
      resource: resourceFromAttributes({
        'cloud.provider': 'aws',
        'cloud.platform': 'aws_lambda',
        'faas.name': 'checkout',
        'service.name': 'checkout',
      }),
      readers: [
        new PeriodicExportingMetricReader({
          exporter: new OTLPMetricExporter({ url: `${collector.baseUrl}/v1/metrics` }),
          exportIntervalMillis: 60_000,
        }),
      ],
    });
    const meter = provider.getMeter('sdk-client-test');
    meter.createCounter('faas.invocations', { unit: '{invocation}' }).add(41);
    meter.createHistogram('faas.init_duration', { unit: 's' }).record(0.287);
    await provider.forceFlush();
    await provider.shutdown();

    const requests = await series('kpi=requests_total&platform=aws-lambda');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests[0]?.latest?.value).toBe(41);
  });

  it('answers OTLP/gRPC Export and refuses a truncated message with INVALID_ARGUMENT', async () => {
    const client = new GrpcMetricsClient(
      `127.0.0.1:${collector.grpcPort}`,
      credentials.createInsecure(),
    );
    const call = (body: Uint8Array) =>
      new Promise<{ error: ServiceError | null }>((resolve) => {
        client.makeUnaryRequest(
          METRICS_EXPORT,
          (value: Uint8Array) => Buffer.from(value),
          (bytes: Buffer) => bytes,
          body,
          new Metadata(),
          {},
          (error: ServiceError | null) => resolve({ error }),
        );
      });
    const body = encodeOtlpGauges({ 'service.name': 'dcgm', 'host.name': 'grpc-gpu' }, [
      { name: 'DCGM_FI_DEV_GPU_UTIL', value: 64, timeUnixNano: BigInt(Date.now()) * 1_000_000n },
    ]);

    const ok = await call(body);
    const truncated = await call(body.subarray(0, body.length - 4));
    client.close();

    expect(ok.error).toBeNull();
    expect(truncated.error?.code).toBe(status.INVALID_ARGUMENT);
  });
});
