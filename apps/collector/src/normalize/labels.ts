import type { LabelCondition, LabelSource, MappingRule } from './rules/types.ts';

/** Prometheus and OTLP label maps alike, after OTLP attributes are turned into strings. */
export type Labels = Record<string, string>;

/** Shared by every sample without dimensions; frozen so no consumer can change it for all. */
const NO_LABELS: Labels = Object.freeze({});

/** The first of the keys whose value is present and not empty ('' means absent in PromQL). */
export const readLabel = (labels: Labels, keys: string | readonly string[]): string | undefined => {
  if (typeof keys === 'string') {
    const value = labels[keys];

    return value === '' ? undefined : value;
  }
  for (const key of keys) {
    const value = labels[key];
    if (value !== undefined && value !== '') return value;
  }

  return undefined;
};

const matchesCondition = (labels: Labels, condition: LabelCondition): boolean => {
  const value = readLabel(labels, condition.label) ?? '';
  if (condition.in && !condition.in.includes(value)) return false;
  if (condition.notIn?.includes(value)) return false;

  return condition.prefix === undefined || value.startsWith(condition.prefix);
};

export const matchesConditions = (
  labels: Labels,
  conditions: readonly LabelCondition[] | undefined,
): boolean => conditions === undefined || conditions.every((c) => matchesCondition(labels, c));

const readSource = (labels: Labels, source: LabelSource): string | undefined => {
  if (typeof source === 'object' && 'from' in source) {
    return labels[source.from] === source.equals ? 'true' : 'false';
  }

  return readLabel(labels, source);
};

type LabelMapper = (labels: Labels) => Labels;

/**
 * A rule's label mapping, compiled once: dimensions in sorted key order (so two rules with
 * the same dimensions give the same series key), constants included.
 */
const compileMapper = (rule: MappingRule): LabelMapper => {
  const entries: [string, LabelSource | undefined, string | undefined][] = [
    ...Object.entries(rule.labels ?? {}).map(([key, source]): [string, LabelSource, undefined] => [
      key,
      source,
      undefined,
    ]),
    ...Object.entries(rule.constLabels ?? {}).map(([key, value]): [string, undefined, string] => [
      key,
      undefined,
      value,
    ]),
  ].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return () => NO_LABELS;

  return (labels) => {
    const out: Labels = {};
    for (const [key, source, constant] of entries) {
      const value = source === undefined ? constant : readSource(labels, source);
      if (value !== undefined) out[key] = value;
    }

    return out;
  };
};

const mappers = new WeakMap<MappingRule, LabelMapper>();

/** KPI dimensions of one series, as the rule maps them. */
export const toKpiLabels = (rule: MappingRule, labels: Labels): Labels => {
  let mapper = mappers.get(rule);
  if (mapper === undefined) {
    mapper = compileMapper(rule);
    mappers.set(rule, mapper);
  }

  return mapper(labels);
};

/** Identity of a label set, independent of key order; `skip` leaves out `le` or `quantile`. */
export const toLabelKey = (labels: Labels, skip?: string): string => {
  const keys = Object.keys(labels).sort();
  let key = '';
  for (const name of keys) {
    if (name !== skip) key += `${name}\u0001${labels[name] ?? ''}\u0002`;
  }

  return key;
};

/** Identity of a label set already in canonical order (KPI labels from toKpiLabels). */
export const toOrderedLabelKey = (labels: Labels): string => {
  let key = '';
  for (const name in labels) key += `${name}\u0001${labels[name] ?? ''}\u0002`;

  return key;
};

/** Same labels, `skip` aside: tells consecutive samples of one series apart without keys. */
export const isSameSeries = (a: Labels, b: Labels, skip: string): boolean => {
  let count = 0;
  for (const name in b) {
    if (name === skip) continue;
    if (a[name] !== b[name]) return false;
    count += 1;
  }
  for (const name in a) if (name !== skip) count -= 1;

  return count === 0;
};
