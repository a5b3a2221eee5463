import type {
  FleetEvent,
  HistogramPoint,
  KpiSample,
  Resource,
  SummaryPoint,
} from '@fleetlens/schema';

import type { NormalizedBatch } from '../normalize/types.ts';

/**
 * Checks every normalized item against the store's limits before it is queued. An item that
 * fails is dropped and reported by reason; the rest of the batch goes on (OTLP partial success).
 * Defaults follow VictoriaMetrics (label value ≤ 4096, ≤ 40 labels) and Prometheus/Mimir
 * (at most 10 minutes in the future).
 */
export type ValidationLimits = {
  nowNs: bigint;
  maxFutureNs: bigint;
  maxAgeNs: bigint;
  maxLabels: number;
  maxLabelNameLength: number;
  maxLabelValueLength: number;
};

export const DEFAULT_LABEL_LIMITS = {
  maxLabels: 40,
  maxLabelNameLength: 1024,
  maxLabelValueLength: 4096,
} as const;

type Stamped = { timestampNs: bigint; resource: Resource };

const checkText = (value: string, limits: ValidationLimits, what: string): string | undefined => {
  if (value.length > limits.maxLabelValueLength) {
    return `${what} longer than ${limits.maxLabelValueLength} characters`;
  }
  // PostgreSQL text cannot hold NUL, so neither store accepts it.
  if (value.includes('\u0000')) return `${what} contains a NUL character`;

  return undefined;
};

const checkMap = (
  map: Record<string, string>,
  limits: ValidationLimits,
  what: string,
): string | undefined => {
  const keys = Object.keys(map);
  if (keys.length > limits.maxLabels) return `more than ${limits.maxLabels} ${what}s`;
  for (const key of keys) {
    if (key.length > limits.maxLabelNameLength) {
      return `${what} name longer than ${limits.maxLabelNameLength} characters`;
    }
    const problem =
      checkText(key, limits, `${what} name`) ?? checkText(map[key] ?? '', limits, what);
    if (problem) return problem;
  }

  return undefined;
};

const RESOURCE_TEXT_FIELDS = ['cluster', 'node', 'namespace', 'workload', 'instance'] as const;

const findResourceProblem = (resource: Resource, limits: ValidationLimits): string | undefined => {
  for (const field of RESOURCE_TEXT_FIELDS) {
    const value = resource[field];
    if (value !== undefined) {
      const problem = checkText(value, limits, `resource ${field}`);
      if (problem) return problem;
    }
  }

  return checkMap(resource.attributes, limits, 'resource attribute');
};

/** Normalizers share one Resource object per source, so each is checked once per batch. */
const createResourceChecker = (limits: ValidationLimits) => {
  const seen = new WeakMap<Resource, string | null>();

  return (resource: Resource): string | undefined => {
    let problem = seen.get(resource);
    if (problem === undefined) {
      problem = findResourceProblem(resource, limits) ?? null;
      seen.set(resource, problem);
    }

    return problem ?? undefined;
  };
};

export const findProblem = (
  item: Stamped,
  labels: Record<string, string> | undefined,
  limits: ValidationLimits,
  checkResource: (resource: Resource) => string | undefined,
): string | undefined => {
  if (item.timestampNs > limits.nowNs + limits.maxFutureNs) {
    return 'timestamp too far in the future';
  }
  if (item.timestampNs < limits.nowNs - limits.maxAgeNs) {
    return 'timestamp older than the backfill window';
  }

  return checkResource(item.resource) ?? (labels ? checkMap(labels, limits, 'label') : undefined);
};

type CheckContext = {
  limits: ValidationLimits;
  rejections: Map<string, number>;
  checkResource: (resource: Resource) => string | undefined;
};

export type ValidatedBatch = {
  samples: KpiSample[];
  histograms: HistogramPoint[];
  summaries: SummaryPoint[];
  events: FleetEvent[];
  rejections: Map<string, number>;
};

const keepValid = <T extends Stamped>(
  items: T[],
  labelsOf: (item: T) => Record<string, string>,
  { limits, rejections, checkResource }: CheckContext,
): T[] => {
  const kept: T[] = [];
  for (const item of items) {
    const problem = findProblem(item, labelsOf(item), limits, checkResource);
    if (problem) rejections.set(problem, (rejections.get(problem) ?? 0) + 1);
    else kept.push(item);
  }

  return kept;
};

export const validateBatch = (batch: NormalizedBatch, limits: ValidationLimits): ValidatedBatch => {
  const rejections = new Map<string, number>();
  for (const rejection of batch.rejected) {
    rejections.set(rejection.reason, (rejections.get(rejection.reason) ?? 0) + rejection.count);
  }

  const context: CheckContext = {
    limits,
    rejections,
    checkResource: createResourceChecker(limits),
  };

  return {
    samples: keepValid(batch.samples, (sample) => sample.labels, context),
    histograms: keepValid(batch.histograms, (point) => point.labels, context),
    summaries: keepValid(batch.summaries, (point) => point.labels, context),
    events: keepValid(batch.events, (event) => event.attributes, context),
    rejections,
  };
};
