import { RejectionCollector } from '../rejections.ts';
import type { OtlpDecoded, OtlpMetric, OtlpMetricsRequest } from '../types.ts';
import { readJsonResource, readJsonScope, readObjects } from './json-common.ts';
import { field, readEnum, readObject, readBool, readString } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import {
  readJsonExponentialPoint,
  readJsonHistogramPoint,
  readJsonNumberPoint,
  readJsonSummaryPoint,
} from './json-metric-points.ts';
import { ItemError } from './item-error.ts';
import type { MetricData, Refuse } from './metric-data.ts';
import { toTemporality } from './validate-points.ts';

type ResourceMetrics = OtlpMetricsRequest['resourceMetrics'][number];

const DATA_KEYS = ['gauge', 'sum', 'histogram', 'exponentialHistogram', 'summary'] as const;
type DataKey = (typeof DATA_KEYS)[number];

function readPoints<P>(
  container: JsonObject,
  readPoint: (point: JsonObject) => P,
  refuse: Refuse,
): P[] {
  const points: P[] = [];
  for (const point of readObjects(field(container, 'dataPoints'), 'dataPoints')) {
    try {
      points.push(readPoint(point));
    } catch (err) {
      if (!(err instanceof ItemError)) throw err;
      refuse(err.message);
    }
  }
  return points;
}

function readData(key: DataKey, container: JsonObject, refuse: Refuse): MetricData | undefined {
  if (key === 'gauge')
    return { type: 'gauge', points: readPoints(container, readJsonNumberPoint, refuse) };
  if (key === 'summary') {
    return { type: 'summary', points: readPoints(container, readJsonSummaryPoint, refuse) };
  }
  const where = `metric.${key}.aggregationTemporality`;
  const raw = readEnum(field(container, 'aggregationTemporality'), where);
  const temporality = toTemporality(raw);
  const count = () => readObjects(field(container, 'dataPoints'), 'dataPoints').length;
  if (temporality === undefined) {
    refuse(`unknown aggregationTemporality ${raw}`, count());
    return undefined;
  }
  if (key === 'sum') {
    return {
      type: 'sum',
      isMonotonic: readBool(field(container, 'isMonotonic'), 'metric.sum.isMonotonic'),
      temporality,
      points: readPoints(container, readJsonNumberPoint, refuse),
    };
  }
  if (key === 'histogram') {
    return {
      type: 'histogram',
      temporality,
      points: readPoints(container, readJsonHistogramPoint, refuse),
    };
  }
  return {
    type: 'exponential_histogram',
    temporality,
    points: readPoints(container, readJsonExponentialPoint, refuse),
  };
}

function isDataKey(key: string): key is DataKey {
  return (DATA_KEYS as readonly string[]).includes(key);
}

/** A metric's data is a oneof: like protobuf, the last data key present wins. */
function readJsonMetric(metric: JsonObject, rejected: RejectionCollector): OtlpMetric | undefined {
  const name = readString(field(metric, 'name'), 'metric.name');
  const refuse: Refuse = (reason, count = 1) =>
    rejected.add(`metric ${JSON.stringify(name)}: ${reason}`, count);
  let data: MetricData | undefined = { type: 'empty', points: [] };
  for (const key of Object.keys(metric)) {
    if (!isDataKey(key)) continue;
    const container = readObject(metric[key], `metric.${key}`);
    data = container === undefined ? data : readData(key, container, refuse);
  }
  if (data === undefined) return undefined;
  return {
    name,
    description: readString(field(metric, 'description'), 'metric.description'),
    unit: readString(field(metric, 'unit'), 'metric.unit'),
    ...data,
  };
}

/** ExportMetricsServiceRequest in OTLP/JSON (lowerCamelCase keys; unknown keys ignored). */
export function decodeMetricsJson(root: unknown): OtlpDecoded<OtlpMetricsRequest> {
  const request = readObject(root, 'request') ?? {};
  const rejected = new RejectionCollector();
  const resourceMetrics: ResourceMetrics[] = readObjects(
    field(request, 'resourceMetrics'),
    'resourceMetrics',
  ).map((resourceMetric) => ({
    resource: readJsonResource(field(resourceMetric, 'resource')),
    scopeMetrics: readObjects(field(resourceMetric, 'scopeMetrics'), 'scopeMetrics').map(
      (scopeMetric) => ({
        scope: readJsonScope(field(scopeMetric, 'scope')),
        metrics: readObjects(field(scopeMetric, 'metrics'), 'metrics').flatMap(
          (metric) => readJsonMetric(metric, rejected) ?? [],
        ),
      }),
    ),
  }));
  return { resourceMetrics, rejected: rejected.list() };
}
