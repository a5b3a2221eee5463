import type {
  OtlpAttributes,
  OtlpHistogramPoint,
  OtlpMetric,
  OtlpMetricsRequest,
  OtlpNumberPoint,
} from '../../decode/types.ts';

/** 2024-05-01T12:00:10Z in nanoseconds: past 2^53, so it must stay a bigint end to end. */
export const POINT_TIME_NS = 1_714_564_810_123_456_789n;

export const createMetricsRequest = (
  resource: OtlpAttributes,
  metrics: OtlpMetric[],
): OtlpMetricsRequest => ({
  resourceMetrics: [
    {
      resource: { attributes: resource },
      scopeMetrics: [{ scope: { name: 'test', attributes: {} }, metrics }],
    },
  ],
});

export const createNumberPoint = (
  value: number | bigint,
  attributes: OtlpAttributes = {},
): OtlpNumberPoint => ({
  attributes,
  startTimeUnixNano: POINT_TIME_NS - 60_000_000_000n,
  timeUnixNano: POINT_TIME_NS,
  value,
});

export const createHistogramPoint = (
  explicitBounds: number[],
  bucketCounts: bigint[],
  sum: number,
  attributes: OtlpAttributes = {},
): OtlpHistogramPoint => ({
  attributes,
  startTimeUnixNano: POINT_TIME_NS - 60_000_000_000n,
  timeUnixNano: POINT_TIME_NS,
  count: bucketCounts.reduce((total, count) => total + count, 0n),
  sum,
  explicitBounds,
  bucketCounts,
});

export const createGauge = (name: string, unit: string, points: OtlpNumberPoint[]): OtlpMetric => ({
  name,
  description: '',
  unit,
  type: 'gauge',
  points,
});

export const createCounter = (
  name: string,
  unit: string,
  points: OtlpNumberPoint[],
  temporality: 1 | 2 = 2,
): OtlpMetric => ({
  name,
  description: '',
  unit,
  type: 'sum',
  isMonotonic: true,
  temporality,
  points,
});

export const createUpDownCounter = (
  name: string,
  unit: string,
  points: OtlpNumberPoint[],
): OtlpMetric => ({
  name,
  description: '',
  unit,
  type: 'sum',
  isMonotonic: false,
  temporality: 2,
  points,
});

export const createHistogram = (
  name: string,
  unit: string,
  points: OtlpHistogramPoint[],
  temporality: 1 | 2 = 2,
): OtlpMetric => ({ name, description: '', unit, type: 'histogram', temporality, points });
