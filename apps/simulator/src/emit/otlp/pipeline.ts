import { ROOT_CONTEXT, SpanStatusCode } from '@opentelemetry/api';
import type { Attributes, Tracer } from '@opentelemetry/api';
import type { Logger } from '@opentelemetry/api-logs';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import type { Resource } from '@opentelemetry/resources';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, LoggerProvider } from '@opentelemetry/sdk-logs';
import type { MetricData } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

import { toHrTime } from '../../fleet/time.ts';
import type { LogSpec, SpanSpec } from './event-specs.ts';
import { createPreparedIdGenerator } from './id-generator.ts';

/** Queues hold a whole backfill chunk: it is flushed explicitly, never dropped. */
const BUFFER = { maxQueueSize: 250_000, maxExportBatchSize: 4_000, scheduledDelayMillis: 2_000 };
const SCOPE = { name: 'fleetlens-simulator', version: '0.0.0' };

export type OtlpSourceRef = {
  readonly id: string;
  readonly attributes: Attributes;
  readonly scope?: { readonly name: string; readonly version: string };
};

/**
 * The OpenTelemetry JS SDK's own exporters and processors, pointed at the collector. Each
 * source gets its own resource (one tracer/logger provider per source); all providers share
 * one batch processor per signal, so one export carries many resources, as an OTel Collector
 * forwarding them would. Metrics go one resource per export, as each SDK sends them.
 */
export const createOtlpPipeline = ({
  baseUrl,
  timeoutMs = 30_000,
}: {
  baseUrl: string;
  timeoutMs?: number;
}) => {
  const metricExporter = new OTLPMetricExporter({
    url: `${baseUrl}/v1/metrics`,
    timeoutMillis: timeoutMs,
  });
  const spanProcessor = new BatchSpanProcessor(
    new OTLPTraceExporter({ url: `${baseUrl}/v1/traces`, timeoutMillis: timeoutMs }),
    BUFFER,
  );
  const logProcessor = new BatchLogRecordProcessor(
    new OTLPLogExporter({ url: `${baseUrl}/v1/logs`, timeoutMillis: timeoutMs }),
    BUFFER,
  );
  const ids = createPreparedIdGenerator();
  const resources = new Map<string, Resource>();
  const tracers = new Map<string, Tracer>();
  const loggers = new Map<string, Logger>();

  const resourceOf = (source: OtlpSourceRef): Resource => {
    let resource = resources.get(source.id);
    if (resource === undefined) {
      resource = resourceFromAttributes(source.attributes);
      resources.set(source.id, resource);
    }

    return resource;
  };
  const tracerOf = (source: OtlpSourceRef): Tracer => {
    let tracer = tracers.get(source.id);
    if (tracer === undefined) {
      const provider = new BasicTracerProvider({
        resource: resourceOf(source),
        idGenerator: ids,
        spanProcessors: [spanProcessor],
      });
      tracer = provider.getTracer(
        source.scope?.name ?? SCOPE.name,
        source.scope?.version ?? SCOPE.version,
      );
      tracers.set(source.id, tracer);
    }

    return tracer;
  };
  const loggerOf = (source: OtlpSourceRef): Logger => {
    let logger = loggers.get(source.id);
    if (logger === undefined) {
      const provider = new LoggerProvider({
        resource: resourceOf(source),
        processors: [logProcessor],
      });
      logger = provider.getLogger(
        source.scope?.name ?? SCOPE.name,
        source.scope?.version ?? SCOPE.version,
      );
      loggers.set(source.id, logger);
    }

    return logger;
  };

  return {
    /** One OTLP/HTTP protobuf export of one resource's metrics; rejects when it failed. */
    exportMetrics: (source: OtlpSourceRef, metrics: MetricData[]): Promise<void> =>
      new Promise((resolve, reject) => {
        const scope = source.scope ?? SCOPE;
        metricExporter.export(
          { resource: resourceOf(source), scopeMetrics: [{ scope, metrics }] },
          (result) => {
            // ExportResultCode.SUCCESS is 0 (the enum lives in @opentelemetry/core).
            if (Number(result.code) === 0) resolve();
            else reject(result.error ?? new Error('metrics export failed'));
          },
        );
      }),
    /** Replays span specs through the SDK (explicit ids and times); exported on flush. */
    emitSpans: (source: OtlpSourceRef, specs: readonly SpanSpec[]): void => {
      const tracer = tracerOf(source);
      for (const spec of specs) {
        ids.prepare(spec.traceId, spec.spanId);
        const span = tracer.startSpan(
          spec.name,
          { kind: spec.kind, startTime: toHrTime(spec.startMs), attributes: spec.attributes },
          ROOT_CONTEXT,
        );
        if (spec.isError) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end(toHrTime(spec.endMs));
      }
    },
    emitLogs: (source: OtlpSourceRef, specs: readonly LogSpec[]): void => {
      const logger = loggerOf(source);
      for (const spec of specs) {
        const time = toHrTime(spec.timestampMs);
        logger.emit({
          timestamp: time,
          observedTimestamp: time,
          severityNumber: SeverityNumber.INFO,
          severityText: 'INFO',
          body: spec.body,
          attributes: spec.attributes,
          ...(spec.eventName === undefined ? {} : { eventName: spec.eventName }),
        });
      }
    },
    flush: async (): Promise<void> => {
      await Promise.all([spanProcessor.forceFlush(), logProcessor.forceFlush()]);
    },
    shutdown: async (): Promise<void> => {
      await Promise.all([
        spanProcessor.shutdown(),
        logProcessor.shutdown(),
        metricExporter.shutdown(),
      ]);
    },
  };
};

export type OtlpPipeline = ReturnType<typeof createOtlpPipeline>;
