import { ValueType } from '@opentelemetry/api';
import type { Attributes } from '@opentelemetry/api';
import { AggregationTemporality, DataPointType } from '@opentelemetry/sdk-metrics';
import type {
  DataPoint,
  GaugeMetricData,
  HistogramMetricData,
  SumMetricData,
} from '@opentelemetry/sdk-metrics';

import type { CumulativeHistogram } from '../../fleet/histogram.ts';
import { toBucketCounts } from '../../fleet/histogram.ts';
import { toHrTime } from '../../fleet/time.ts';

/**
 * MetricData as the SDK's readers produce it, built by hand so that a point can carry any
 * timestamp: live points are "now", backfilled points are in the past. The exporter then
 * serializes them exactly as it serializes a MeterProvider's collection. A backfill export
 * carries several instants: one metric, one point per instant.
 */
type HistogramValue = HistogramMetricData['dataPoints'][number]['value'];

export const pointOf = <T>(
  startMs: number,
  t: number,
  attributes: Attributes,
  value: T,
): DataPoint<T> => ({
  startTime: toHrTime(startMs),
  endTime: toHrTime(t),
  attributes,
  value,
});

const descriptor = (name: string, unit: string, description: string, valueType: ValueType) => ({
  name,
  unit,
  description,
  valueType,
});

/** A cumulative Counter (monotonic) or UpDownCounter (not monotonic). */
export const sumOf = (
  name: string,
  unit: string,
  description: string,
  dataPoints: DataPoint<number>[],
  { isMonotonic = true, isInt = false }: { isMonotonic?: boolean; isInt?: boolean } = {},
): SumMetricData => ({
  descriptor: descriptor(name, unit, description, isInt ? ValueType.INT : ValueType.DOUBLE),
  aggregationTemporality: AggregationTemporality.CUMULATIVE,
  dataPointType: DataPointType.SUM,
  dataPoints,
  isMonotonic,
});

export const gaugeOf = (
  name: string,
  unit: string,
  description: string,
  dataPoints: DataPoint<number>[],
): GaugeMetricData => ({
  descriptor: descriptor(name, unit, description, ValueType.DOUBLE),
  aggregationTemporality: AggregationTemporality.CUMULATIVE,
  dataPointType: DataPointType.GAUGE,
  dataPoints,
});

export const histogramOf = (
  name: string,
  unit: string,
  description: string,
  dataPoints: DataPoint<HistogramValue>[],
): HistogramMetricData => ({
  descriptor: descriptor(name, unit, description, ValueType.DOUBLE),
  aggregationTemporality: AggregationTemporality.CUMULATIVE,
  dataPointType: DataPointType.HISTOGRAM,
  dataPoints,
});

/** A cumulative histogram as the SDK's explicit-bucket aggregation reports it. */
export const toHistogramValue = (histogram: CumulativeHistogram): HistogramValue => ({
  buckets: { boundaries: [...histogram.bounds], counts: toBucketCounts(histogram) },
  sum: histogram.sum,
  count: histogram.count,
});
