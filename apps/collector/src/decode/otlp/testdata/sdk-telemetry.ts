/**
 * Real telemetry from the OpenTelemetry JS SDK, for decoder tests: the serializers then turn it
 * into the exact protobuf and JSON bytes an SDK exporter would send.
 */
import { SpanKind, SpanStatusCode, ValueType, context, trace } from '@opentelemetry/api';
import { logs, metrics, resources, tracing } from '@opentelemetry/sdk-node';

const resource = resources.resourceFromAttributes({
  'service.name': 'checkout-fn',
  'faas.name': 'checkout',
  'cloud.provider': 'aws',
  'faas.max_memory': 134217728,
});

class CollectingReader extends metrics.MetricReader {
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }

  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
}

/** FaaS semantic-convention metrics as a Lambda extension would record them. */
export async function collectSdkMetrics(): Promise<metrics.ResourceMetrics> {
  const reader = new CollectingReader();
  const provider = new metrics.MeterProvider({
    resource,
    readers: [reader],
    views: [
      {
        instrumentName: 'faas.mem_usage',
        aggregation: { type: metrics.AggregationType.EXPONENTIAL_HISTOGRAM },
      },
    ],
  });
  const meter = provider.getMeter('fleetlens-test', '1.0.0');
  const initDuration = meter.createHistogram('faas.init_duration', {
    unit: 's',
    description: 'Measures the duration of the function initialization, such as a cold start',
    advice: { explicitBucketBoundaries: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] },
  });
  initDuration.record(0.28733, { 'faas.trigger': 'http' });
  initDuration.record(1.2, { 'faas.trigger': 'http' });
  const invocations = meter.createCounter('faas.invocations', {
    unit: '{invocation}',
    valueType: ValueType.INT,
  });
  invocations.add(3, { 'faas.trigger': 'http' });
  invocations.add(1, { 'faas.trigger': 'timer' });
  meter.createGauge('faas.cpu_utilization', { unit: '1' }).record(0.42);
  meter.createUpDownCounter('faas.concurrency').add(-2);
  meter.createHistogram('faas.mem_usage', { unit: 'By' }).record(81788928);
  const { resourceMetrics, errors } = await reader.collect();
  if (errors.length > 0) throw new Error(String(errors[0]));
  await provider.shutdown();
  return resourceMetrics;
}

/** A cold-start invocation span with a child span. */
export function recordSdkSpans(): tracing.ReadableSpan[] {
  const exporter = new tracing.InMemorySpanExporter();
  const provider = new tracing.BasicTracerProvider({
    resource,
    spanProcessors: [new tracing.SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('fleetlens-test', '1.0.0');
  const parent = tracer.startSpan('checkout', {
    kind: SpanKind.SERVER,
    attributes: {
      'faas.coldstart': true,
      'faas.trigger': 'http',
      'http.response.status_code': 500,
      'faas.init_ms': 287.33,
      retries: [1, 2],
    },
  });
  parent.addEvent('init complete', { 'init.phase': 'runtime' });
  const child = tracer.startSpan(
    'db.query',
    { kind: SpanKind.CLIENT },
    trace.setSpan(context.active(), parent),
  );
  child.end();
  parent.setStatus({ code: SpanStatusCode.ERROR, message: 'upstream timeout' });
  parent.end();
  return exporter.getFinishedSpans();
}

/** A log record inside a span, with a structured body. */
export function emitSdkLogs(span: tracing.ReadableSpan): logs.ReadableLogRecord[] {
  const exporter = new logs.InMemoryLogRecordExporter();
  const provider = new logs.LoggerProvider({
    resource,
    processors: [new logs.SimpleLogRecordProcessor(exporter)],
  });
  const logger = provider.getLogger('fleetlens-test', '1.0.0');
  const spanContext = span.spanContext();
  logger.emit({
    severityNumber: 13,
    severityText: 'WARN',
    body: { message: 'slow cold start', initMs: 287 },
    attributes: {
      'faas.coldstart': true,
      'aws.request_id': '8f5c2c1e-0b7e-4f0e-9a43-5d9b1e2f3a4c',
    },
    context: trace.setSpanContext(context.active(), spanContext),
  });
  logger.emit({ body: 'plain line' });
  return exporter.getFinishedLogRecords();
}
