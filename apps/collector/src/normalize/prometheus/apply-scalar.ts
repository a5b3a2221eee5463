import { isStaleNaN } from '../../decode/prometheus/stale.ts';
import type { PromSample } from '../../decode/types.ts';
import { matchesConditions, toKpiLabels, toLabelKey } from '../labels.ts';
import type { RuleEntry } from '../rules/index.ts';
import type { MappingRule } from '../rules/types.ts';
import { convertValue } from '../units.ts';
import type { SampleGroup } from './group-samples.ts';
import type { PromRuleEnv } from './rule-env.ts';

/** Sum of the `countFrom` counters with the same labels; undefined when none is there. */
const findCount = (rule: MappingRule, sample: PromSample, env: PromRuleEnv) => {
  const key = toLabelKey(sample.labels);
  let count: number | undefined;
  for (const name of rule.countFrom ?? []) {
    const value = env.findSibling(name, key, sample.timestampMs);
    if (value !== undefined) count = (count ?? 0) + value;
  }

  return count;
};

/** A counter of summed durations → a histogram with one (+Inf) bucket: mean = Δsum/Δcount. */
const addDurationCounter = (
  { rule, set }: RuleEntry,
  sample: PromSample,
  env: PromRuleEnv,
): void => {
  const count = findCount(rule, sample, env);
  if (count === undefined || Number.isNaN(count) || isStaleNaN(sample.value)) return;
  env.builder.addHistogram({
    kpi: rule.kpi,
    resource: env.resourceOf(sample.labels, set),
    labels: toKpiLabels(rule, sample.labels),
    timestampNs: env.toNs(sample.timestampMs),
    count,
    sum: convertValue(sample.value, rule.convert ?? 'none'),
    bounds: [],
    bucketCounts: [count],
    temporality: 'cumulative',
  });
};

const readValue = (rule: MappingRule, sample: PromSample, env: PromRuleEnv) => {
  const value = convertValue(sample.value, rule.convert ?? 'none');
  if (rule.subtract === undefined) return value;
  const other = env.findSibling(rule.subtract, toLabelKey(sample.labels), sample.timestampMs);

  return other === undefined ? undefined : value - convertValue(other, rule.convert ?? 'none');
};

/** Series (labels minus the per-core label) that also come as one total series. */
const findSeriesWithTotal = (group: SampleGroup, rule: MappingRule): Set<string> | undefined => {
  const prefer = rule.preferTotal;
  if (prefer === undefined) return undefined;
  const keys = new Set<string>();
  for (const sample of group.samples) {
    if (sample.labels[prefer.label] === prefer.value)
      keys.add(toLabelKey(sample.labels, prefer.label));
  }

  return keys.size > 0 ? keys : undefined;
};

/** A per-core sample whose series also has a total would be counted twice. */
const isCoveredByTotal = (sample: PromSample, rule: MappingRule, withTotal: Set<string>) => {
  const prefer = rule.preferTotal;

  return (
    prefer !== undefined &&
    sample.labels[prefer.label] !== prefer.value &&
    withTotal.has(toLabelKey(sample.labels, prefer.label))
  );
};

/** Counters and gauges: one KPI sample per source sample, merged where series collapse. */
export const applyScalarRule = (group: SampleGroup, entry: RuleEntry, env: PromRuleEnv): void => {
  const { rule, set } = entry;
  const withTotal = findSeriesWithTotal(group, rule);
  for (const sample of group.samples) {
    if (sample.name !== group.name || !matchesConditions(sample.labels, rule.match.where)) continue;
    if (withTotal && isCoveredByTotal(sample, rule, withTotal)) continue;
    if (rule.countFrom) {
      addDurationCounter(entry, sample, env);
      continue;
    }
    const stale = isStaleNaN(sample.value);
    const value = stale ? Number.NaN : readValue(rule, sample, env);
    if (value === undefined) continue;
    env.builder.addValue(
      rule.kpi,
      env.resourceOf(sample.labels, set),
      toKpiLabels(rule, sample.labels),
      env.toNs(sample.timestampMs),
      value,
      rule.merge,
      stale,
    );
  }
};
