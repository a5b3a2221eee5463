import { z } from 'zod';
import { ZKpiName } from '../kpi.ts';
import { ZFloat } from './float.ts';
import { ZResource } from './resource.ts';

const ZLabels = z
  .record(z.string(), z.string())
  .describe('KPI dimensions such as cold, model, gpu (see the KPI catalog)');
const ZTimestampNs = z
  .bigint()
  .describe('Unix time in nanoseconds, kept exact: OTLP timestamps exceed 2^53');

/** One value of a gauge or counter KPI. */
export const ZKpiSample = z.object({
  kpi: ZKpiName,
  resource: ZResource,
  labels: ZLabels,
  timestampNs: ZTimestampNs,
  value: ZFloat.describe('Value in the KPI unit; NaN and ±Infinity allowed'),
  stale: z
    .boolean()
    .optional()
    .describe('Prometheus stale marker: the series ended here and value carries no meaning'),
});
export type KpiSample = z.infer<typeof ZKpiSample>;

/** One explicit-bucket histogram observation, as OTLP and Prometheus histograms give it. */
export const ZHistogramPoint = z.object({
  kpi: ZKpiName,
  resource: ZResource,
  labels: ZLabels,
  timestampNs: ZTimestampNs,
  count: ZFloat.describe('Number of observations'),
  sum: ZFloat.describe('Sum of observations in the KPI unit'),
  bounds: z
    .array(ZFloat)
    .describe('Bucket upper bounds, ascending, in the KPI unit; the +Inf bucket is implicit'),
  bucketCounts: z
    .array(ZFloat)
    .describe('Non-cumulative count per bucket; length is bounds.length + 1'),
  temporality: z
    .enum(['delta', 'cumulative'])
    .describe('delta: since the previous point; cumulative: since the series started'),
});
export type HistogramPoint = z.infer<typeof ZHistogramPoint>;

/** One summary observation (Prometheus summaries, geth timers, Triton *_summary_us). */
export const ZSummaryPoint = z.object({
  kpi: ZKpiName,
  resource: ZResource,
  labels: ZLabels,
  timestampNs: ZTimestampNs,
  count: ZFloat.describe('Number of observations'),
  sum: ZFloat.describe('Sum of observations in the KPI unit'),
  quantiles: z
    .array(
      z.object({
        quantile: z.number().min(0).max(1).describe('Quantile rank, 0 to 1 (0.5 is the median)'),
        value: ZFloat.describe('Value at that quantile in the KPI unit; NaN when idle'),
      }),
    )
    .describe('Quantiles as reported by the source'),
});
export type SummaryPoint = z.infer<typeof ZSummaryPoint>;
