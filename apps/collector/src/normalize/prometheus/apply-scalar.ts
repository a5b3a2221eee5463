import { isStaleNaN } from '../../decode/prometheus/stale.ts';
import type { PromSample } from '../../decode/types.ts';
import { isSameSeries, matchesConditions, toKpiLabels, toLabelKey } from '../labels.ts';
import type { Labels } from '../labels.ts';
import type { RuleEntry } from '../rules/index.ts';
import type { MappingRule } from '../rules/types.ts';
import { convertValue } from '../units.ts';
import type { SampleGroup } from './group-samples.ts';
import type { PromRuleEnv } from './rule-env.ts';

/** Sum of the `countFrom` counters with the same labels; undefined when none is there. */
const findCount = (rule: MappingRule, sample: PromSample, env: PromRuleEnv) => {
  let count: number | undefined;
  for (const name of rule.countFrom ?? []) {
    const value = env.findSibling(name, sample.labels, sample.timestampMs);
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
  const other = env.findSibling(rule.subtract, sample.labels, sample.timestampMs);

  return other === undefined ? undefined : value - convertValue(other, rule.convert ?? 'none');
};

/**
 * The total series of a family whose rule prefers totals (cAdvisor `cpu="total"`). Per-core
 * series mostly come right after or before their total, so the last total seen is compared
 * first, label by label; keys of all totals are built only when that fails.
 */
type Totals = {
  prefer: NonNullable<MappingRule['preferTotal']>;
  all: Labels[];
  last: Labels;
  keys: Set<string> | undefined;
};

const findTotals = (group: SampleGroup, rule: MappingRule): Totals | undefined => {
  const prefer = rule.preferTotal;
  if (prefer === undefined) return undefined;
  const all: Labels[] = [];
  for (const sample of group.samples) {
    if (sample.labels[prefer.label] === prefer.value) all.push(sample.labels);
  }
  const [first] = all;

  return first === undefined ? undefined : { prefer, all, last: first, keys: undefined };
};

/** A per-core sample whose series also has a total would be counted twice. */
const isCoveredByTotal = (labels: Labels, totals: Totals): boolean => {
  const { prefer } = totals;
  if (labels[prefer.label] === prefer.value) {
    totals.last = labels;

    return false;
  }
  if (isSameSeries(labels, totals.last, prefer.label)) return true;
  totals.keys ??= new Set(totals.all.map((total) => toLabelKey(total, prefer.label)));

  return totals.keys.has(toLabelKey(labels, prefer.label));
};

/** Counters and gauges: one KPI sample per source sample, merged where series collapse. */
export const applyScalarRule = (group: SampleGroup, entry: RuleEntry, env: PromRuleEnv): void => {
  const { rule, set } = entry;
  const totals = findTotals(group, rule);
  for (const sample of group.samples) {
    if (sample.name !== group.name || !matchesConditions(sample.labels, rule.match.where)) continue;
    if (totals && isCoveredByTotal(sample.labels, totals)) continue;
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
