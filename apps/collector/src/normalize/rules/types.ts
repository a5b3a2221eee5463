import type { KpiName } from '@fleetlens/schema';

import type { Conversion } from '../units.ts';

/** How a source series is read; for Prometheus it must agree with the family TYPE. */
export type RuleShape = 'counter' | 'gauge' | 'histogram' | 'summary';

/**
 * Where a KPI label's value comes from: one source label, the first present of several, or
 * 'true'/'false' from comparing a source label with a value (Fabric validation_code).
 */
export type LabelSource =
  string | readonly string[] | { readonly from: string; readonly equals: string };

/** A filter on source labels. An absent label reads as '' (as in PromQL). */
export type LabelCondition = {
  /** The label, or the first present of several. */
  readonly label: string | readonly string[];
  readonly in?: readonly string[];
  readonly notIn?: readonly string[];
  readonly prefix?: string;
};

/**
 * One source series → one KPI. Several rules may read the same series (Fabric transactions
 * feed both transactions_total and errors_total).
 */
export type MappingRule = {
  /** The name as the current source version writes it, plus label filters. */
  readonly match: { readonly metric: string; readonly where?: readonly LabelCondition[] };
  /** Other spellings of the same series: older or newer releases, other exporters. */
  readonly aliases?: readonly string[];
  readonly kpi: KpiName;
  readonly shape: RuleShape;
  /** Family TYPEs read as `shape` anyway: geth writes its counters as `gauge`. */
  readonly acceptTypes?: readonly RuleShape[];
  /**
   * What to take from a histogram or summary: the distribution (default), its count or sum as
   * a counter, or sum ÷ count as a gauge (only when count > 0).
   */
  readonly read?: 'distribution' | 'count' | 'sum' | 'mean';
  /** Source unit → KPI unit. For OTLP a declared metric unit wins. */
  readonly convert?: Conversion;
  /** KPI dimension ← source label. Every key must be a dimension of the KPI in the catalog. */
  readonly labels?: Readonly<Record<string, LabelSource>>;
  readonly constLabels?: Readonly<Record<string, string>>;
  /** Series that collapse onto one KPI series are summed (default) or the largest is kept. */
  readonly merge?: 'sum' | 'max';
  /**
   * One of several source counters added into one KPI series. OTLP senders may write the
   * parts at different times: the sum is taken over each part's newest value, remembered
   * across requests (otlp/counter-parts.ts), rather than per timestamp.
   */
  readonly counterPart?: true;
  /** Per series: when a `label=value` total exists, the other values (per core) are skipped. */
  readonly preferTotal?: { readonly label: string; readonly value: string };
  /**
   * A counter of summed durations (Triton `*_duration_us`) becomes a one-bucket histogram
   * whose count is the sum of these counters with the same labels.
   */
  readonly countFrom?: readonly string[];
  /** A summary with no `_count` sample takes it from this sibling counter (geth timers). */
  readonly countSibling?: string;
  /** Gauge minus this sibling gauge with the same labels (MemTotal − MemAvailable). */
  readonly subtract?: string;
  /** Source release the name appeared in / was last written by. */
  readonly since?: string;
  readonly until?: string;
};

/** Which source labels (or OTLP attributes) name the parts of a resource. */
export type ResourceKeys = {
  readonly node?: readonly string[];
  readonly namespace?: readonly string[];
  readonly workload?: readonly string[];
  readonly instance?: readonly string[];
  /**
   * Labels naming the version of a workload that runs side by side with its other versions
   * (Triton model versions): each version is a resource of its own, `<workload>:<version>`.
   */
  readonly version?: readonly string[];
  /** Source label → resource attribute name. */
  readonly attributes?: Readonly<Record<string, string>>;
};

/** The rules of one source family, e.g. every DCGM exporter series we read. */
export type RuleSet = {
  readonly family: string;
  readonly resource?: ResourceKeys;
  /** Resource attributes every series of this family carries (Knative component). */
  readonly resourceAttributes?: Readonly<Record<string, string>>;
  readonly rules: readonly MappingRule[];
  readonly proposed?: readonly ProposedRule[];
};

/**
 * A KPI the catalog lacks: the series is recognised (under either name of a rename) and
 * counted as unmapped under its canonical name until the catalog grows the KPI.
 */
export type ProposedRule = {
  readonly match: { readonly metric: string };
  readonly aliases?: readonly string[];
  readonly proposedKpi: string;
  readonly since?: string;
  readonly until?: string;
};
