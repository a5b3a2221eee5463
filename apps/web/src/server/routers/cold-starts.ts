import { PERCENTILES } from '@fleetlens/db/query';
import { z } from 'zod';

import { listColdStartAlerts } from './cold-start-alerts.ts';
import { compareColdStarts, compareColdWarm } from './cold-start-compare.ts';
import type { NsWindow } from './cold-start-window.ts';
import { runQuery } from './paradigm-query.ts';
import { msToNs, pickStepMs, ZRange } from '../range.ts';
import type { Range } from '../range.ts';
import { publicProcedure, router } from '../trpc.ts';

const ZPercentile = z.enum(Object.keys(PERCENTILES) as ['p50', 'p95', 'p99']);
export type Percentile = z.infer<typeof ZPercentile>;

const ZMaxPoints = z.number().int().min(10).max(2000).default(240);

const nsWindow = (range: Range): NsWindow => ({
  fromNs: msToNs(range.fromMs),
  toNs: msToNs(range.toMs),
});

export const coldStartsRouter = router({
  /** One cold-start percentile per platform over time. */
  percentiles: publicProcedure
    .input(z.object({ range: ZRange, percentile: ZPercentile, maxPoints: ZMaxPoints }))
    .query(({ ctx, input }) => {
      const stepMs = pickStepMs(input.range, input.maxPoints);
      if (ctx.db === undefined) return { stepMs, series: [] };
      // Per platform and step: exact events where there are some, histograms elsewhere.
      const series = runQuery(ctx.db, {
        kpi: 'startup_seconds',
        agg: input.percentile,
        by: 'platform',
        fromMs: input.range.fromMs,
        toMs: input.range.toMs,
        stepMs,
        filters: { matchers: { cold: 'true' } },
      });

      return {
        stepMs,
        series: series.map((line) => ({
          platform: line.group.platform ?? '',
          points: line.points,
        })),
      };
    }),

  /** Per platform: this window against the previous one of equal length, worst first. */
  comparison: publicProcedure
    .input(z.object({ range: ZRange }))
    .query(({ ctx, input }) =>
      ctx.db === undefined ? [] : compareColdStarts(ctx.db, nsWindow(input.range)),
    ),

  /** Cold against warm per platform, over the window. */
  coldWarm: publicProcedure
    .input(z.object({ range: ZRange }))
    .query(({ ctx, input }) =>
      ctx.db === undefined ? [] : compareColdWarm(ctx.db, nsWindow(input.range)),
    ),

  /** Request duration of cold and of warm invocations over time, for one platform or all. */
  coldWarmSeries: publicProcedure
    .input(
      z.object({
        range: ZRange,
        platform: z.string().min(1).max(64).optional(),
        percentile: ZPercentile,
        maxPoints: ZMaxPoints,
      }),
    )
    .query(({ ctx, input }) => {
      const stepMs = pickStepMs(input.range, input.maxPoints);
      if (ctx.db === undefined) return { stepMs, series: [] };
      const series = runQuery(ctx.db, {
        kpi: 'request_duration_seconds',
        agg: input.percentile,
        by: 'cold',
        fromMs: input.range.fromMs,
        toMs: input.range.toMs,
        stepMs,
        filters: { platform: input.platform },
      });

      // Histograms without a cold label cannot say which requests were cold: left out.
      return {
        stepMs,
        series: series
          .filter((line) => line.group.cold === 'true' || line.group.cold === 'false')
          .map((line) => ({ cold: line.group.cold === 'true', points: line.points })),
      };
    }),

  /** Cold-start regression alerts that fired in the window (none until alerting exists). */
  alerts: publicProcedure
    .input(z.object({ range: ZRange }))
    .query(({ ctx, input }) =>
      ctx.db === undefined ? [] : listColdStartAlerts(ctx.db, nsWindow(input.range)),
    ),
});
