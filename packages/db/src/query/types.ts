import type { SeriesFilters } from './series-filter.ts';

export const AGGS = ['avg', 'sum', 'min', 'max', 'count', 'rate', 'p50', 'p95', 'p99'] as const;

export type Agg = (typeof AGGS)[number];

/**
 * raw: the sample tables; 1m / 1h: rollup_1m / rollup_1h, and for histograms 1h:
 * histogram_rollup_1h (histograms have no 1m rollups: 1m reads raw histogram samples).
 */
export type Resolution = 'raw' | '1m' | '1h';

/**
 * Where the points came from: float samples or rollups, exact events, histogram buckets, or
 * events for the groups that have them and histograms for the others.
 */
export type QuerySource = 'samples' | 'events' | 'histograms' | 'events+histograms';

export type QueryRangeParams = {
  kpi: string;
  /** Range start; buckets start at fromNs floored to a multiple of stepNs. */
  fromNs: bigint;
  /** Range end, inclusive. */
  toNs: bigint;
  /** A whole number of milliseconds; at most 11,000 steps per range. */
  stepNs: bigint;
  agg: Agg;
  /**
   * A resource field (tenant, paradigm, platform, cluster, node, namespace, workload,
   * instance) or a label name; without it, one series for everything.
   */
  by?: string;
  filters?: SeriesFilters;
  /**
   * How long a raw sample stays the series' current value when later steps have none
   * (Prometheus lookback delta). Default 5 minutes; 0 means strictly the last sample inside
   * each step (last_over_time). At rollup resolutions a row is current for the minute or
   * hour it covers, never longer. Also the longest gap a counter's sample pair may span.
   */
  lookbackNs?: bigint;
  /**
   * Skips the automatic choice (and its fallback). Histograms still read raw samples when
   * '1h' is asked and no hourly histogram rollup holds the range.
   */
  resolution?: Resolution;
  /** Reference time for retention windows; defaults to the wall clock. */
  nowNs?: bigint;
  /** Retention in days, to know which resolutions still hold the range. */
  retention?: { rawDays?: number; rollup1mDays?: number };
  /** Refuse queries matching more series than this (default 20,000). */
  maxSeries?: number;
};

/** One output series; points are [bucket start ns, value], ascending, absent buckets omitted. */
export type RangeSeries = {
  group: Record<string, string>;
  points: [tsNs: bigint, value: number][];
};

export type QueryRangeResult = {
  /** What was read; for events+histograms, the histograms' (events are always exact). */
  resolution: Resolution;
  source: QuerySource;
  series: RangeSeries[];
};
