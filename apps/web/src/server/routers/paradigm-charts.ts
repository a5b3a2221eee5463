import type { Agg } from '@fleetlens/db/query';
import { KPIS } from '@fleetlens/schema';
import type { KpiName } from '@fleetlens/schema';

/** One chart of a paradigm page: which KPI, how it is aggregated, which labels it keeps. */
export type ChartSpec = {
  /** Stable id, also the i18n key suffix of the chart's title. */
  id: string;
  kpi: KpiName;
  agg: Agg;
  labels?: Record<string, string>;
  /** Unit of the plotted value when it differs from the KPI's (rates of counters). */
  unit: string;
};

/**
 * How each KPI reads best on a chart: distributions as p95, counters as per-second rates,
 * gauges as the mean (sums for counts of things), startup split into cold and warm.
 */
const SPECS_BY_KPI: Record<KpiName, readonly ChartSpec[]> = {
  startup_seconds: [
    {
      id: 'startupCold',
      kpi: 'startup_seconds',
      agg: 'p95',
      labels: { cold: 'true' },
      unit: 'seconds',
    },
    {
      id: 'startupWarm',
      kpi: 'startup_seconds',
      agg: 'p95',
      labels: { cold: 'false' },
      unit: 'seconds',
    },
  ],
  cold_starts_total: [{ id: 'coldStarts', kpi: 'cold_starts_total', agg: 'rate', unit: 'count' }],
  memory_bytes: [{ id: 'memory', kpi: 'memory_bytes', agg: 'avg', unit: 'bytes' }],
  cpu_seconds_total: [{ id: 'cpu', kpi: 'cpu_seconds_total', agg: 'rate', unit: 'count' }],
  requests_total: [{ id: 'requests', kpi: 'requests_total', agg: 'rate', unit: 'count' }],
  errors_total: [{ id: 'errors', kpi: 'errors_total', agg: 'rate', unit: 'count' }],
  request_duration_seconds: [
    { id: 'latency', kpi: 'request_duration_seconds', agg: 'p95', unit: 'seconds' },
  ],
  queue_wait_seconds: [{ id: 'queueWait', kpi: 'queue_wait_seconds', agg: 'p95', unit: 'seconds' }],
  queue_depth: [{ id: 'queueDepth', kpi: 'queue_depth', agg: 'sum', unit: 'count' }],
  instances: [{ id: 'instances', kpi: 'instances', agg: 'sum', unit: 'count' }],
  up: [{ id: 'up', kpi: 'up', agg: 'avg', unit: 'ratio' }],
  gpu_utilization_ratio: [
    { id: 'gpuUtil', kpi: 'gpu_utilization_ratio', agg: 'avg', unit: 'ratio' },
  ],
  gpu_memory_used_bytes: [
    { id: 'gpuMemory', kpi: 'gpu_memory_used_bytes', agg: 'avg', unit: 'bytes' },
  ],
  energy_joules_total: [{ id: 'power', kpi: 'energy_joules_total', agg: 'rate', unit: 'count' }],
  tokens_total: [{ id: 'tokens', kpi: 'tokens_total', agg: 'rate', unit: 'count' }],
  kv_cache_usage_ratio: [{ id: 'kvCache', kpi: 'kv_cache_usage_ratio', agg: 'avg', unit: 'ratio' }],
  time_to_first_token_seconds: [
    { id: 'ttft', kpi: 'time_to_first_token_seconds', agg: 'p95', unit: 'seconds' },
  ],
  block_height: [{ id: 'blockHeight', kpi: 'block_height', agg: 'max', unit: 'count' }],
  peers: [{ id: 'peers', kpi: 'peers', agg: 'avg', unit: 'count' }],
  transactions_total: [
    { id: 'transactions', kpi: 'transactions_total', agg: 'rate', unit: 'count' },
  ],
  shots_total: [{ id: 'shots', kpi: 'shots_total', agg: 'rate', unit: 'count' }],
  job_duration_seconds: [
    { id: 'jobDuration', kpi: 'job_duration_seconds', agg: 'p95', unit: 'seconds' },
  ],
  job_queue_seconds: [{ id: 'jobQueue', kpi: 'job_queue_seconds', agg: 'p95', unit: 'seconds' }],
};

/** The charts of a paradigm, in catalog order: only KPIs whose telemetry that paradigm yields. */
export const chartsForParadigm = (paradigm: string): ChartSpec[] =>
  KPIS.filter((kpi) => (kpi.paradigms as readonly string[]).includes(paradigm)).flatMap(
    (kpi) => SPECS_BY_KPI[kpi.name],
  );
