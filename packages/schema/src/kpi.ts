import { z } from 'zod';
import { ZParadigm } from './paradigm.ts';
import { AI_ML_KPIS } from './kpis/ai-ml.ts';
import { LEDGER_AND_QUANTUM_KPIS } from './kpis/ledger-and-quantum.ts';
import { WORKLOAD_KPIS } from './kpis/workload.ts';

/** Bumped when a KPI's meaning or unit changes; names are never renamed, only added. */
export const KPI_CATALOG_VERSION = 1;

export const ZKpiName = z
  .enum([
    'startup_seconds',
    'cold_starts_total',
    'memory_bytes',
    'cpu_seconds_total',
    'requests_total',
    'errors_total',
    'request_duration_seconds',
    'queue_wait_seconds',
    'queue_depth',
    'instances',
    'up',
    'gpu_utilization_ratio',
    'gpu_memory_used_bytes',
    'energy_joules_total',
    'tokens_total',
    'kv_cache_usage_ratio',
    'time_to_first_token_seconds',
    'block_height',
    'peers',
    'transactions_total',
    'shots_total',
    'job_duration_seconds',
    'job_queue_seconds',
  ])
  .describe('Canonical KPI name, Prometheus style: unit suffix, `_total` on counters');
export type KpiName = z.infer<typeof ZKpiName>;

/** Unscaled base units only: sources in ms, µs, ns, MiB, mJ or percent are converted. */
export const ZKpiUnit = z
  .enum(['seconds', 'bytes', 'ratio', 'joules', 'count', 'blocks'])
  .describe('Base unit the value is stored in, never a scaled one (ms, MiB, mJ, percent)');
export type KpiUnit = z.infer<typeof ZKpiUnit>;

export const ZKpiKind = z
  .enum(['gauge', 'counter', 'histogram', 'event'])
  .describe(
    'gauge: current value; counter: monotonic total, rates computed at query time; ' +
      'histogram: distribution; event: derived from per-occurrence FleetEvent records',
  );
export type KpiKind = z.infer<typeof ZKpiKind>;

export const ZKpi = z.object({
  name: ZKpiName,
  unit: ZKpiUnit,
  kind: ZKpiKind,
  description: z.string().min(1).describe('What the KPI measures, in English'),
  dimensions: z
    .array(z.string().regex(/^[a-z_]+$/))
    .describe('Label keys a sample of this KPI may carry (besides its resource)'),
  dimensionValues: z
    .record(z.string(), z.array(z.string()).min(1))
    .optional()
    .describe('Closed value sets for the dimensions that have one, e.g. cold: true/false'),
  paradigms: z.array(ZParadigm).min(1).describe('Paradigms whose telemetry yields this KPI'),
});
export type Kpi = z.infer<typeof ZKpi>;

export const KPIS: readonly Kpi[] = [...WORKLOAD_KPIS, ...AI_ML_KPIS, ...LEDGER_AND_QUANTUM_KPIS];

export const KPI_NAMES: readonly KpiName[] = ZKpiName.options;

export const findKpi = (name: string): Kpi | undefined => KPIS.find((kpi) => kpi.name === name);
