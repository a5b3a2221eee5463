import { AGGS, queryRange } from '@fleetlens/db/query';
import type { SeriesFilters } from '@fleetlens/db/query';
import { z } from 'zod';

import { msToNs, nsToMs, pickStepMs, ZRange } from '../range.ts';
import { publicProcedure, router } from '../trpc.ts';

const ZFilterValue = z.string().min(1).max(256);

export const ZKpiQuery = z.object({
  kpi: z.string().min(1).max(128),
  agg: z.enum(AGGS),
  by: z.string().min(1).max(64).optional(),
  range: ZRange,
  filters: z
    .object({
      paradigm: ZFilterValue.optional(),
      platform: ZFilterValue.optional(),
      workload: ZFilterValue.optional(),
      instance: ZFilterValue.optional(),
      node: ZFilterValue.optional(),
    })
    .default({}),
  maxPoints: z.number().int().min(10).max(2000).default(240),
});
export type KpiQuery = z.input<typeof ZKpiQuery>;

export type ChartSeries = { group: Record<string, string>; points: [number, number | null][] };
export type KpiRange = {
  kpi: string;
  stepMs: number;
  resolution: string;
  series: ChartSeries[];
};

export type KpiFilters = z.infer<typeof ZKpiQuery>['filters'];

export const toSeriesFilters = ({ paradigm, platform, ...matchers }: KpiFilters): SeriesFilters => {
  const defined = Object.entries(matchers).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );

  return { paradigm, platform, matchers: Object.fromEntries(defined) };
};

/** JSON has no NaN or Infinity: such points become gaps in the chart. */
const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

export const kpiRouter = router({
  range: publicProcedure.input(ZKpiQuery).query(({ ctx, input }): KpiRange => {
    const stepMs = pickStepMs(input.range, input.maxPoints);
    if (ctx.db === undefined) return { kpi: input.kpi, stepMs, resolution: 'raw', series: [] };
    const result = queryRange(ctx.db, {
      kpi: input.kpi,
      agg: input.agg,
      by: input.by,
      fromNs: msToNs(input.range.fromMs),
      toNs: msToNs(input.range.toMs),
      stepNs: msToNs(stepMs),
      filters: toSeriesFilters(input.filters),
    });

    return {
      kpi: input.kpi,
      stepMs,
      resolution: result.resolution,
      series: result.series.map((series) => ({
        group: series.group,
        points: series.points.map(([ts, value]) => [nsToMs(ts), finiteOrNull(value)]),
      })),
    };
  }),
});
