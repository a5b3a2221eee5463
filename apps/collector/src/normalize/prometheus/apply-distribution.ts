import type { KpiName, Resource } from '@fleetlens/schema';

import type { Labels } from '../labels.ts';
import { matchesConditions, toKpiLabels } from '../labels.ts';
import type { RuleEntry } from '../rules/index.ts';
import type { MappingRule } from '../rules/types.ts';
import { convertValue, convertValues } from '../units.ts';
import type { HistogramSeries, SummarySeries } from './collect-series.ts';
import type { PromRuleEnv } from './rule-env.ts';
import { toBuckets } from './to-buckets.ts';

type Target = { kpi: KpiName; resource: Resource; labels: Labels; timestampNs: bigint };

/**
 * `read` modes other than the distribution itself. count and sum are counters; mean is a
 * gauge and is only written when there is at least one observation (never 0/0).
 */
const addReading = (
  rule: MappingRule,
  target: Target,
  count: number,
  sum: number | undefined,
  env: PromRuleEnv,
): void => {
  const convert = rule.convert ?? 'none';
  if (rule.read === 'count') {
    env.builder.addSample({ ...target, value: count }, rule.merge);
  } else if (rule.read === 'sum' && sum !== undefined) {
    env.builder.addSample({ ...target, value: convertValue(sum, convert) }, rule.merge);
  } else if (rule.read === 'mean' && sum !== undefined && count > 0) {
    env.builder.addSample({ ...target, value: convertValue(sum, convert) / count }, 'max');
  }
};

const toTarget = (
  { rule, set }: RuleEntry,
  series: HistogramSeries | SummarySeries,
  env: PromRuleEnv,
) => ({
  kpi: rule.kpi,
  resource: env.resourceOf(series.labels, set),
  labels: toKpiLabels(rule, series.labels),
  timestampNs: env.toNs(series.timestampMs),
});

export const applyHistogramRule = (
  entry: RuleEntry,
  allSeries: readonly HistogramSeries[],
  env: PromRuleEnv,
): void => {
  const { rule } = entry;
  for (const series of allSeries) {
    if (series.isStale || !matchesConditions(series.labels, rule.match.where)) continue;
    const buckets = toBuckets(series.les, series.cumulative, series.count);
    const target = toTarget(entry, series, env);
    if ((rule.read ?? 'distribution') !== 'distribution') {
      addReading(rule, target, buckets.count, series.sum, env);
      continue;
    }
    const convert = rule.convert ?? 'none';
    env.builder.addHistogram({
      kpi: target.kpi,
      resource: target.resource,
      labels: target.labels,
      timestampNs: target.timestampNs,
      count: buckets.count,
      sum: convertValue(series.sum ?? Number.NaN, convert),
      bounds: convertValues(buckets.bounds, convert),
      bucketCounts: buckets.bucketCounts,
      temporality: 'cumulative',
    });
  }
};

/**
 * Summaries. With no `_count` (geth timers) the count comes from the rule's sibling counter;
 * with none at all the series is skipped, since an idle summary cannot be told from a busy
 * one. An idle summary (count 0) keeps its quantile ranks with NaN values: whatever the
 * exporter printed there is not a latency.
 */
export const applySummaryRule = (
  entry: RuleEntry,
  allSeries: readonly SummarySeries[],
  env: PromRuleEnv,
): void => {
  const { rule } = entry;
  for (const series of allSeries) {
    if (series.isStale || !matchesConditions(series.labels, rule.match.where)) continue;
    const count =
      series.count ??
      (rule.countSibling === undefined
        ? undefined
        : env.findSibling(rule.countSibling, series.labels, series.timestampMs));
    if (count === undefined || Number.isNaN(count)) continue;
    const target = toTarget(entry, series, env);
    if ((rule.read ?? 'distribution') !== 'distribution') {
      addReading(rule, target, count, series.sum, env);
      continue;
    }
    const convert = rule.convert ?? 'none';
    const quantiles = series.quantiles
      .map(({ quantile, value }) => ({
        quantile,
        value: count > 0 ? convertValue(value, convert) : Number.NaN,
      }))
      .sort((a, b) => a.quantile - b.quantile);
    env.builder.addSummary({
      kpi: target.kpi,
      resource: target.resource,
      labels: target.labels,
      timestampNs: target.timestampNs,
      count,
      sum: convertValue(series.sum ?? Number.NaN, convert),
      quantiles,
    });
  }
};
