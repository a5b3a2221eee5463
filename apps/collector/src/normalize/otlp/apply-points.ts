import type { KpiName, KpiSample, Resource } from '@fleetlens/schema';

import { AGGREGATION_TEMPORALITY } from '../../decode/types.ts';
import type { OtlpMetric } from '../../decode/types.ts';
import type { BatchBuilder } from '../batch-builder.ts';
import type { Labels } from '../labels.ts';
import { matchesConditions, toKpiLabels } from '../labels.ts';
import type { RuleEntry } from '../rules/index.ts';
import type { Conversion } from '../units.ts';
import { convertValue, convertValues } from '../units.ts';
import { pickTimeNs } from '../time.ts';
import { toExplicitBuckets } from './exponential.ts';

export type OtlpPointEnv = {
  builder: BatchBuilder;
  receivedAtNs: bigint;
  conversion: Conversion;
  /** String attributes of each point, computed once per metric. */
  pointLabels: readonly Labels[];
  resourceOf: (labels: Labels, entry: RuleEntry) => Resource | undefined;
  /** Set for a counter added with other source counters: its points go there instead. */
  addCounterPart?: (sample: KpiSample, startNs: bigint) => void;
};

type Target = { kpi: KpiName; resource: Resource; labels: Labels; timestampNs: bigint };

/** Points the rule reads: label filters pass and a resource is known. */
const eachTarget = (
  metric: OtlpMetric,
  entry: RuleEntry,
  env: OtlpPointEnv,
  visit: (target: Target, position: number) => void,
): number => {
  let skipped = 0;
  metric.points.forEach((point, position) => {
    const labels = env.pointLabels[position] ?? {};
    if (!matchesConditions(labels, entry.rule.match.where)) return;
    const resource = env.resourceOf(labels, entry);
    if (resource === undefined) {
      skipped += 1;

      return;
    }
    visit(
      {
        kpi: entry.rule.kpi,
        resource,
        labels: toKpiLabels(entry.rule, labels),
        timestampNs: pickTimeNs(point.timeUnixNano, env.receivedAtNs),
      },
      position,
    );
  });

  return skipped;
};

const addReading = (
  entry: RuleEntry,
  target: Target,
  count: number,
  sum: number | undefined,
  env: OtlpPointEnv,
): void => {
  const { rule } = entry;
  if (rule.read === 'count') env.builder.addSample({ ...target, value: count }, rule.merge);
  else if (rule.read === 'sum' && sum !== undefined) {
    env.builder.addSample({ ...target, value: convertValue(sum, env.conversion) }, rule.merge);
  } else if (rule.read === 'mean' && sum !== undefined && count > 0) {
    env.builder.addSample({ ...target, value: convertValue(sum, env.conversion) / count }, 'max');
  }
};

/**
 * Applies one rule to every point of a metric whose type the rule reads. Returns the number
 * of points refused (no platform known for their resource).
 */
export const applyOtlpRule = (metric: OtlpMetric, entry: RuleEntry, env: OtlpPointEnv): number => {
  const read = entry.rule.read ?? 'distribution';
  const temporality =
    'temporality' in metric && metric.temporality === AGGREGATION_TEMPORALITY.DELTA
      ? ('delta' as const)
      : ('cumulative' as const);
  switch (metric.type) {
    case 'gauge':
    case 'sum':
      return eachTarget(metric, entry, env, (target, position) => {
        const point = metric.points[position];
        if (point === undefined) return;
        const sample = { ...target, value: convertValue(Number(point.value), env.conversion) };
        if (env.addCounterPart && metric.type === 'sum') {
          env.addCounterPart(sample, point.startTimeUnixNano);
        } else env.builder.addSample(sample, entry.rule.merge);
      });
    case 'histogram':
    case 'exponential_histogram':
      return eachTarget(metric, entry, env, (target, position) => {
        const point = metric.points[position];
        if (point === undefined) return;
        const count = Number(point.count);
        if (read !== 'distribution') {
          addReading(entry, target, count, point.sum, env);

          return;
        }
        const buckets =
          'explicitBounds' in point
            ? {
                bounds: point.explicitBounds,
                bucketCounts:
                  point.bucketCounts.length === 0 ? [count] : point.bucketCounts.map(Number),
              }
            : toExplicitBuckets(point);
        if (buckets === undefined) return;
        env.builder.addHistogram({
          ...target,
          count,
          sum: convertValue(point.sum ?? Number.NaN, env.conversion),
          bounds: convertValues(buckets.bounds, env.conversion),
          bucketCounts: buckets.bucketCounts,
          temporality,
        });
      });
    case 'summary':
      return eachTarget(metric, entry, env, (target, position) => {
        const point = metric.points[position];
        if (point === undefined) return;
        const count = Number(point.count);
        if (read !== 'distribution') {
          addReading(entry, target, count, point.sum, env);

          return;
        }
        env.builder.addSummary({
          ...target,
          count,
          sum: convertValue(point.sum, env.conversion),
          quantiles: point.quantileValues
            .filter(({ quantile }) => quantile >= 0 && quantile <= 1)
            .map(({ quantile, value }) => ({
              quantile,
              value: count > 0 ? convertValue(value, env.conversion) : Number.NaN,
            })),
        });
      });
    case 'empty':
      return 0;
  }
};
