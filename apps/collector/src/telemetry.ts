import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * Self-traces of the ingest path, exported over OTLP only when an endpoint is configured, so a
 * collector can be observed by another collector (or by itself) without any cost otherwise.
 * Started before the collector's modules do real work, stopped on shutdown to flush.
 */
export const startSelfTelemetry = ({
  endpoint,
  serviceName,
}: {
  endpoint: string | undefined;
  serviceName: string;
}): { shutdown: () => Promise<void> } => {
  if (!endpoint) return { shutdown: () => Promise.resolve() };
  const sdk = new NodeSDK({
    serviceName,
    traceExporter: new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }),
    instrumentations: [],
  });
  sdk.start();

  return { shutdown: () => sdk.shutdown() };
};
