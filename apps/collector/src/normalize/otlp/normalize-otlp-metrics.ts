import { AGGREGATION_TEMPORALITY } from '../../decode/types.ts';
import type { OtlpMetric, OtlpMetricsRequest } from '../../decode/types.ts';
import { createBatchBuilder } from '../batch-builder.ts';
import type { BatchBuilder } from '../batch-builder.ts';
import { createResourceCache } from '../resource.ts';
import type { RuleEntry, RuleIndex } from '../rules/index.ts';
import type { RuleShape } from '../rules/types.ts';
import type { NormalizeContext, NormalizedBatch } from '../types.ts';
import { findConversionForUnit } from '../units.ts';
import { applyOtlpRule } from './apply-points.ts';
import { toStringAttributes } from './attributes.ts';
import { createCounterPartMemory, createCounterParts } from './counter-parts.ts';
import type { CounterPartMemory, CounterParts } from './counter-parts.ts';
import { createOtlpResourceScope } from './otlp-resources.ts';
import type { OtlpResourceScope } from './otlp-resources.ts';

/** UpDownCounters (non-monotonic sums) are read as gauges. */
const findShape = (metric: OtlpMetric): RuleShape | undefined => {
  switch (metric.type) {
    case 'gauge':
      return 'gauge';
    case 'sum':
      return metric.isMonotonic ? 'counter' : 'gauge';
    case 'histogram':
    case 'exponential_histogram':
      return 'histogram';
    case 'summary':
      return 'summary';
    case 'empty':
      return undefined;
  }
};

/** Prometheus-only rule features (siblings, per-core totals) have no OTLP meaning. */
const isReadable = (entry: RuleEntry, shape: RuleShape | undefined): boolean => {
  const { rule } = entry;
  if (rule.countFrom || rule.countSibling || rule.subtract || rule.preferTotal) return false;

  return shape === rule.shape || (rule.acceptTypes ?? []).some((type) => type === shape);
};

/**
 * Counters are stored cumulative and turned into rates at query time; a delta sum (or the
 * count/sum of a delta histogram) cannot be stored as one without state, so it is refused
 * and reported rather than stored wrong.
 */
const isDeltaCounter = (metric: OtlpMetric, entry: RuleEntry): boolean => {
  if (!('temporality' in metric) || metric.temporality !== AGGREGATION_TEMPORALITY.DELTA) {
    return false;
  }
  if (metric.type === 'sum') return metric.isMonotonic;
  const read = entry.rule.read ?? 'distribution';

  return read === 'count' || read === 'sum';
};

const normalizeMetric = (
  metric: OtlpMetric,
  index: RuleIndex,
  scope: OtlpResourceScope,
  output: { builder: BatchBuilder; parts: CounterParts },
  ctx: NormalizeContext,
): void => {
  const { builder, parts } = output;
  const entries = index.findRules(metric.name);
  const shape = findShape(metric);
  const readable = (entries ?? []).filter((entry) => isReadable(entry, shape));
  if (readable.length === 0) {
    const proposed = index.findProposed(metric.name)?.match.metric;
    if (metric.points.length > 0)
      builder.addUnmapped(ctx.source, proposed ?? metric.name, metric.points.length);

    return;
  }
  const pointLabels = metric.points.map((point) => toStringAttributes(point.attributes));
  const conversionFor = (entry: RuleEntry) =>
    findConversionForUnit(metric.unit) ?? entry.rule.convert ?? 'none';
  let refused = 0;
  for (const entry of readable) {
    if (isDeltaCounter(metric, entry)) {
      builder.addRejected(
        `delta temporality is not stored for counter ${metric.name}`,
        metric.points.length,
      );
      continue;
    }
    refused = Math.max(
      refused,
      applyOtlpRule(metric, entry, {
        builder,
        receivedAtNs: ctx.receivedAtNs,
        conversion: conversionFor(entry),
        pointLabels,
        resourceOf: (labels, { set }) => scope.findForPoint(labels, set, metric.name),
        addCounterPart: entry.rule.counterPart
          ? (sample, startNs) => {
              parts.add(sample, metric.name, startNs);
            }
          : undefined,
      }),
    );
  }
  if (refused > 0) builder.addUnmapped(ctx.source, metric.name, refused);
};

/** Metrics read into events rather than by rules (Lambda per-invocation gauges). */
export type OtlpMetricExtractor = {
  readonly names: ReadonlySet<string>;
  readonly add: (
    metrics: readonly OtlpMetric[],
    scope: OtlpResourceScope,
    builder: BatchBuilder,
    receivedAtNs: bigint,
  ) => void;
};

/**
 * OTLP metrics → KPIs. Resources and platforms come from each ResourceMetrics entry. Counters
 * added from several source counters are summed with the parts `memory` holds from earlier
 * batches; without one, each batch stands alone.
 */
export const normalizeOtlpMetricsWith = (
  index: RuleIndex,
  request: OtlpMetricsRequest,
  ctx: NormalizeContext,
  extractors: readonly OtlpMetricExtractor[] = [],
  memory: CounterPartMemory = createCounterPartMemory(),
): NormalizedBatch => {
  const builder = createBatchBuilder();
  const parts = createCounterParts(memory);
  const cache = createResourceCache(ctx.tenant);
  const isExtracted = (name: string) => extractors.some((extractor) => extractor.names.has(name));
  for (const { resource, scopeMetrics } of request.resourceMetrics) {
    const scope = createOtlpResourceScope(toStringAttributes(resource.attributes), ctx, cache);
    for (const { metrics } of scopeMetrics) {
      for (const metric of metrics) {
        if (!isExtracted(metric.name)) {
          normalizeMetric(metric, index, scope, { builder, parts }, ctx);
        }
      }
      for (const extractor of extractors) extractor.add(metrics, scope, builder, ctx.receivedAtNs);
    }
  }
  parts.flush(builder);

  return builder.finish();
};
