/**
 * Self-traces of the ingest path, exported over OTLP only when an endpoint is configured, so a
 * collector can be observed by another collector (or by itself) without any cost otherwise:
 * the SDK is only imported then (loading it costs about 20 MiB of resident memory). Started
 * before the collector's modules do real work, stopped on shutdown to flush.
 */
export const startSelfTelemetry = async ({
  endpoint,
  serviceName,
}: {
  endpoint: string | undefined;
  serviceName: string;
}): Promise<{ shutdown: () => Promise<void> }> => {
  if (!endpoint) return { shutdown: () => Promise.resolve() };
  const [{ OTLPTraceExporter }, { NodeSDK }] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-proto'),
    import('@opentelemetry/sdk-node'),
  ]);
  const sdk = new NodeSDK({
    serviceName,
    traceExporter: new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }),
    instrumentations: [],
  });
  sdk.start();

  return { shutdown: () => sdk.shutdown() };
};
