/**
 * What the decoders hand to the normalizers: each wire format decoded into plain data, with
 * nothing renamed, converted or dropped yet. Timestamps stay exact (bigint nanoseconds for
 * OTLP, integer milliseconds for Prometheus) and attribute maps never inherit from
 * Object.prototype, so keys such as `__proto__` are ordinary keys.
 */

/** A label or attribute map with no prototype: `Object.create(null)`. */
export type LabelMap = Record<string, string>;

export type PromMetricType =
  | 'counter'
  | 'gauge'
  | 'histogram'
  | 'gaugehistogram'
  | 'summary'
  | 'info'
  | 'stateset'
  | 'untyped'
  | 'unknown';

/** One sample line of Prometheus text, OpenMetrics text, or a remote-write series point. */
export type PromSample = {
  /** Full sample name, including `_bucket`, `_sum`, `_count`, `_total`, `_created` suffixes. */
  name: string;
  /**
   * Labels without `__name__`. Samples of one decoded request that have the same label set
   * share one map (parsing each distinct set once is what keeps the parsers fast): a change
   * meant for the whole request (target labels) can be made in place; copy for anything else.
   */
  labels: LabelMap;
  /** May be NaN, ±Infinity, or the Prometheus stale marker NaN (check with `isStaleNaN`). */
  value: number;
  /** Milliseconds since the epoch when the sample carried a timestamp. */
  timestampMs?: number;
  /** Family the sample belongs to (the name declared by TYPE/HELP), when known. */
  family: string;
};

export type PromFamily = {
  name: string;
  type: PromMetricType;
  help?: string;
  unit?: string;
};

export type PromParseResult = {
  families: Map<string, PromFamily>;
  samples: PromSample[];
};

/** What the text parser returns: a PromParseResult plus the repeated series lines it dropped. */
export type PromTextParseResult = PromParseResult & {
  /** Repeated series lines (same name and labels, no timestamp): the first one was kept. */
  duplicates: number;
};

/** OTLP AnyValue decoded to plain JS. Bytes stay a Uint8Array, int64 stays bigint. */
export type OtlpAnyValue =
  | string
  | boolean
  | number
  | bigint
  | Uint8Array
  | OtlpAnyValue[]
  | { readonly kvlist: OtlpAttributes }
  | null;

export type OtlpAttributes = Record<string, OtlpAnyValue>;

export type OtlpResource = { attributes: OtlpAttributes };
export type OtlpScope = { name: string; version?: string; attributes: OtlpAttributes };

export const AGGREGATION_TEMPORALITY = { UNSPECIFIED: 0, DELTA: 1, CUMULATIVE: 2 } as const;
export type AggregationTemporality =
  (typeof AGGREGATION_TEMPORALITY)[keyof typeof AGGREGATION_TEMPORALITY];

export type OtlpNumberPoint = {
  attributes: OtlpAttributes;
  startTimeUnixNano: bigint;
  timeUnixNano: bigint;
  /** asDouble as number, asInt as bigint. */
  value: number | bigint;
};

export type OtlpHistogramPoint = {
  attributes: OtlpAttributes;
  startTimeUnixNano: bigint;
  timeUnixNano: bigint;
  count: bigint;
  sum?: number;
  min?: number;
  max?: number;
  explicitBounds: number[];
  bucketCounts: bigint[];
};

export type OtlpExponentialHistogramPoint = {
  attributes: OtlpAttributes;
  startTimeUnixNano: bigint;
  timeUnixNano: bigint;
  count: bigint;
  sum?: number;
  scale: number;
  zeroCount: bigint;
  positive: { offset: number; bucketCounts: bigint[] };
  negative: { offset: number; bucketCounts: bigint[] };
  min?: number;
  max?: number;
};

export type OtlpSummaryPoint = {
  attributes: OtlpAttributes;
  startTimeUnixNano: bigint;
  timeUnixNano: bigint;
  count: bigint;
  sum: number;
  quantileValues: { quantile: number; value: number }[];
};

export type OtlpMetric = {
  name: string;
  description: string;
  unit: string;
} & (
  | { type: 'gauge'; points: OtlpNumberPoint[] }
  | {
      type: 'sum';
      isMonotonic: boolean;
      temporality: AggregationTemporality;
      points: OtlpNumberPoint[];
    }
  | { type: 'histogram'; temporality: AggregationTemporality; points: OtlpHistogramPoint[] }
  | {
      type: 'exponential_histogram';
      temporality: AggregationTemporality;
      points: OtlpExponentialHistogramPoint[];
    }
  | { type: 'summary'; points: OtlpSummaryPoint[] }
  | { type: 'empty'; points: [] }
);

export type OtlpMetricsRequest = {
  resourceMetrics: {
    resource: OtlpResource;
    scopeMetrics: { scope: OtlpScope; metrics: OtlpMetric[] }[];
  }[];
};

export type OtlpSpan = {
  /** Lower-case hex, 32 chars. */
  traceId: string;
  /** Lower-case hex, 16 chars. */
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: OtlpAttributes;
  events: { timeUnixNano: bigint; name: string; attributes: OtlpAttributes }[];
  status: { code: number; message: string };
};

export type OtlpTracesRequest = {
  resourceSpans: {
    resource: OtlpResource;
    scopeSpans: { scope: OtlpScope; spans: OtlpSpan[] }[];
  }[];
};

export type OtlpLogRecord = {
  timeUnixNano: bigint;
  observedTimeUnixNano: bigint;
  severityNumber: number;
  severityText: string;
  body: OtlpAnyValue;
  attributes: OtlpAttributes;
  eventName?: string;
  traceId?: string;
  spanId?: string;
};

export type OtlpLogsRequest = {
  resourceLogs: {
    resource: OtlpResource;
    scopeLogs: { scope: OtlpScope; logRecords: OtlpLogRecord[] }[];
  }[];
};

/** Items a decoder refused, with the reason, for OTLP partial success and 400 bodies. */
export type DecodeRejection = { count: number; reason: string };

/** Prometheus remote-write 1.0 request: valid series kept, invalid ones listed. */
export type RemoteWriteResult = { samples: PromSample[]; rejected: DecodeRejection[] };

/** An OTLP request decoded, with the items (data points, spans, log records) it refused. */
export type OtlpDecoded<T> = T & { rejected: DecodeRejection[] };

/** Payload formats a receiver can be asked to decode, chosen from the Content-Type header. */
export type PayloadFormat = 'protobuf' | 'json' | 'prom-text' | 'openmetrics';

/** A decode failure of the whole request: becomes a 4xx with this message. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415 = 400,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}
