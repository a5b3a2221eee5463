import protobuf from 'protobufjs';
import snappy from 'snappyjs';

/**
 * Hand-built wire bytes for bad-input tests: valid OTLP metrics protobuf to cut or corrupt, and
 * remote-write WriteRequests with exactly the label order the test wants (field numbers from
 * opentelemetry-proto metrics/v1 and prometheus/prompb).
 */
const encodeGaugeMetric = (name: string, value: number, timeUnixNano: bigint): Uint8Array => {
  const point = protobuf.Writer.create();
  // fixed64 as two little-endian 32-bit halves keeps nanoseconds exact above 2^53.
  point
    .uint32((3 << 3) | 1)
    .fixed32(Number(timeUnixNano & 0xffffffffn))
    .fixed32(Number(timeUnixNano >> 32n));
  point.uint32((4 << 3) | 1).double(value);
  const gauge = protobuf.Writer.create()
    .uint32((1 << 3) | 2)
    .bytes(point.finish())
    .finish();

  return protobuf.Writer.create()
    .uint32((1 << 3) | 2)
    .string(name)
    .uint32((3 << 3) | 2)
    .string('1')
    .uint32((5 << 3) | 2)
    .bytes(gauge)
    .finish();
};

const encodeAttribute = (key: string, value: string): Uint8Array => {
  const anyValue = protobuf.Writer.create()
    .uint32((1 << 3) | 2)
    .string(value)
    .finish();

  return protobuf.Writer.create()
    .uint32((1 << 3) | 2)
    .string(key)
    .uint32((2 << 3) | 2)
    .bytes(anyValue)
    .finish();
};

/** ExportMetricsServiceRequest with one resource and gauge metrics. */
export const encodeOtlpGauges = (
  resourceAttributes: Record<string, string>,
  gauges: { name: string; value: number; timeUnixNano: bigint }[],
): Uint8Array => {
  const resource = protobuf.Writer.create();
  for (const [key, value] of Object.entries(resourceAttributes)) {
    resource.uint32((1 << 3) | 2).bytes(encodeAttribute(key, value));
  }
  const scope = protobuf.Writer.create();
  for (const gauge of gauges) {
    scope
      .uint32((2 << 3) | 2)
      .bytes(encodeGaugeMetric(gauge.name, gauge.value, gauge.timeUnixNano));
  }
  const resourceMetrics = protobuf.Writer.create()
    .uint32((1 << 3) | 2)
    .bytes(resource.finish())
    .uint32((2 << 3) | 2)
    .bytes(scope.finish())
    .finish();

  return protobuf.Writer.create()
    .uint32((1 << 3) | 2)
    .bytes(resourceMetrics)
    .finish();
};

export type WriteSeries = {
  labels: [string, string][];
  samples: { value: number; timestampMs: number }[];
};

/** prometheus.WriteRequest, labels in the given order (so tests can send them unsorted). */
export const encodeWriteRequest = (series: WriteSeries[]): Uint8Array => {
  const request = protobuf.Writer.create();
  for (const entry of series) {
    const timeseries = protobuf.Writer.create();
    for (const [name, value] of entry.labels) {
      const label = protobuf.Writer.create()
        .uint32((1 << 3) | 2)
        .string(name)
        .uint32((2 << 3) | 2)
        .string(value)
        .finish();
      timeseries.uint32((1 << 3) | 2).bytes(label);
    }
    for (const sample of entry.samples) {
      const encoded = protobuf.Writer.create()
        .uint32((1 << 3) | 1)
        .double(sample.value)
        .uint32((2 << 3) | 0)
        .int64(sample.timestampMs)
        .finish();
      timeseries.uint32((2 << 3) | 2).bytes(encoded);
    }
    request.uint32((1 << 3) | 2).bytes(timeseries.finish());
  }

  return request.finish();
};

export const snappyBlock = (bytes: Uint8Array): Uint8Array => snappy.compress(bytes);
