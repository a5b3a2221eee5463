import type { ProtoReader } from '../proto/reader.ts';
import { RejectionCollector } from '../rejections.ts';
import type {
  AggregationTemporality,
  OtlpDecoded,
  OtlpMetric,
  OtlpMetricsRequest,
} from '../types.ts';
import { ItemError } from './item-error.ts';
import { readEnvelopes } from './proto-envelope.ts';
import type { MetricData, Refuse } from './metric-data.ts';
import {
  readExponentialPoint,
  readHistogramPoint,
  readNumberPoint,
  readSummaryPoint,
} from './proto-metric-points.ts';
import { toTemporality } from './validate-points.ts';

/**
 * Reads a data-point container (Gauge, Sum, Histogram, ExponentialHistogram, Summary): its
 * points (field 1), temporality (2) and monotonicity (3). A point that cannot be accepted is
 * left out and counted, and the rest of the metric is kept.
 */
function readPoints<P>(
  r: ProtoReader,
  readPoint: (r: ProtoReader) => P,
  refuse: Refuse,
): { points: P[]; temporality: number; isMonotonic: boolean } {
  const result = { points: [] as P[], temporality: 0, isMonotonic: false };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) {
      try {
        result.points.push(readPoint(r));
      } catch (err) {
        if (!(err instanceof ItemError)) throw err;
        refuse(err.message);
      }
    } else if (tag === 16) result.temporality = r.int32();
    else if (tag === 24) result.isMonotonic = r.bool();
    else r.skip(tag);
  }
  r.leave(outer);
  return result;
}

/** A temporality outside the enum cannot be interpreted, so the metric's points are refused. */
function checkTemporality(
  container: { temporality: number; points: unknown[] },
  refuse: Refuse,
): AggregationTemporality | undefined {
  const temporality = toTemporality(container.temporality);
  if (temporality === undefined) {
    refuse(`unknown aggregationTemporality ${container.temporality}`, container.points.length);
  }
  return temporality;
}

/** Reads the data container at `tag` (gauge 5, sum 7, histogram 9, exponential 10, summary 11). */
function readMetricData(r: ProtoReader, tag: number, refuse: Refuse): MetricData | undefined {
  switch (tag) {
    case 42:
      return { type: 'gauge', points: readPoints(r, readNumberPoint, refuse).points };
    case 90:
      return { type: 'summary', points: readPoints(r, readSummaryPoint, refuse).points };
    case 58: {
      const sum = readPoints(r, readNumberPoint, refuse);
      const temporality = checkTemporality(sum, refuse);
      if (temporality === undefined) return undefined;
      return { type: 'sum', isMonotonic: sum.isMonotonic, temporality, points: sum.points };
    }
    case 74: {
      const histogram = readPoints(r, readHistogramPoint, refuse);
      const temporality = checkTemporality(histogram, refuse);
      if (temporality === undefined) return undefined;
      return { type: 'histogram', temporality, points: histogram.points };
    }
    default: {
      const exponential = readPoints(r, readExponentialPoint, refuse);
      const temporality = checkTemporality(exponential, refuse);
      if (temporality === undefined) return undefined;
      return { type: 'exponential_histogram', temporality, points: exponential.points };
    }
  }
}

/** metrics.v1.Metric. Data is a oneof: the last of gauge/sum/histogram/… present wins. */
function readMetric(r: ProtoReader, rejected: RejectionCollector): OtlpMetric | undefined {
  let name = '';
  let description = '';
  let unit = '';
  let data: MetricData | undefined = { type: 'empty', points: [] };
  const reasons: [string, number][] = [];
  const refuse: Refuse = (reason, count = 1) => reasons.push([reason, count]);
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) name = r.string();
    else if (tag === 18) description = r.string();
    else if (tag === 26) unit = r.string();
    else if (tag === 42 || tag === 58 || tag === 74 || tag === 82 || tag === 90) {
      data = readMetricData(r, tag, refuse);
    } else r.skip(tag);
  }
  r.leave(outer);
  for (const [reason, count] of reasons)
    rejected.add(`metric ${JSON.stringify(name)}: ${reason}`, count);
  return data === undefined ? undefined : { name, description, unit, ...data };
}

/** collector.metrics.v1.ExportMetricsServiceRequest: resource_metrics = 1. */
export function decodeMetricsProto(body: Uint8Array): OtlpDecoded<OtlpMetricsRequest> {
  const rejected = new RejectionCollector();
  const envelopes = readEnvelopes(body, (r) => readMetric(r, rejected));
  const resourceMetrics = envelopes.map(({ resource, scopes }) => ({
    resource,
    scopeMetrics: scopes.map(({ scope, items }) => ({ scope, metrics: items })),
  }));
  return { resourceMetrics, rejected: rejected.list() };
}
