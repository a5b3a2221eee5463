import { AGGS } from '@fleetlens/db/query';
import { findParadigm } from '@fleetlens/schema';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';

import { STALE_AFTER_MS } from './fleet.ts';
import type { ChartSeries } from './kpi.ts';
import { chartsForParadigm } from './paradigm-charts.ts';
import { listInstances, listParadigmPlatforms, listWorkloads } from './paradigm-inventory.ts';
import type { InventoryWindow } from './paradigm-inventory.ts';
import { runQuery } from './paradigm-query.ts';
import { msToNs, pickStepMs, ZRange } from '../range.ts';
import type { Range } from '../range.ts';
import { publicProcedure, router } from '../trpc.ts';

const ZParadigmId = z.string().min(1).max(64);
const ZPlatformId = z.string().min(1).max(64);
/** Workload and instance may be empty: the resources that report none. */
const ZDrillValue = z.string().max(256);

const requireParadigm = (id: string): string => {
  if (findParadigm(id) === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: `unknown paradigm: ${id}` });
  }

  return id;
};

const inventoryWindow = (range: Range): InventoryWindow => ({
  fromNs: msToNs(range.fromMs),
  toNs: msToNs(range.toMs),
  upSinceNs: msToNs(range.toMs - STALE_AFTER_MS),
});

/** Charts split one level below the deepest selection: platform → workload → instance. */
export const groupingFor = (drill: {
  platform?: string;
  workload?: string;
  instance?: string;
}): 'platform' | 'workload' | 'instance' | undefined => {
  if (drill.instance !== undefined) return undefined;
  if (drill.workload !== undefined) return 'instance';
  if (drill.platform !== undefined) return 'workload';

  return 'platform';
};

export type ParadigmChart = {
  kpi: string;
  stepMs: number;
  by: string | null;
  series: ChartSeries[];
};

export const paradigmRouter = router({
  /** The paradigm's charts (from the KPI catalog) and platforms (catalog and fleet). */
  summary: publicProcedure
    .input(z.object({ paradigm: ZParadigmId, range: ZRange }))
    .query(({ ctx, input }) => {
      const paradigm = requireParadigm(input.paradigm);

      return {
        paradigm,
        charts: chartsForParadigm(paradigm),
        platforms: listParadigmPlatforms(ctx.db, paradigm, inventoryWindow(input.range)),
      };
    }),

  /** Workloads seen in the range, with instance counts and health. */
  workloads: publicProcedure
    .input(z.object({ paradigm: ZParadigmId, platform: ZPlatformId.optional(), range: ZRange }))
    .query(({ ctx, input }) => {
      const paradigm = requireParadigm(input.paradigm);
      if (ctx.db === undefined) return [];

      return listWorkloads(ctx.db, paradigm, input.platform, inventoryWindow(input.range));
    }),

  /** Instances of one workload of one platform. */
  instances: publicProcedure
    .input(
      z.object({
        paradigm: ZParadigmId,
        platform: ZPlatformId,
        workload: ZDrillValue,
        range: ZRange,
      }),
    )
    .query(({ ctx, input }) => {
      const paradigm = requireParadigm(input.paradigm);
      if (ctx.db === undefined) return [];

      return listInstances(
        ctx.db,
        paradigm,
        input.platform,
        input.workload,
        inventoryWindow(input.range),
      );
    }),

  /** One KPI of the paradigm, narrowed to the drill-down selection and split below it. */
  chart: publicProcedure
    .input(
      z.object({
        paradigm: ZParadigmId,
        platform: ZPlatformId.optional(),
        workload: ZDrillValue.optional(),
        instance: ZDrillValue.optional(),
        kpi: z.string().min(1).max(128),
        agg: z.enum(AGGS),
        labels: z.record(z.string().min(1).max(64), z.string().max(256)).optional(),
        range: ZRange,
        maxPoints: z.number().int().min(10).max(2000).default(240),
      }),
    )
    .query(({ ctx, input }): ParadigmChart => {
      const paradigm = requireParadigm(input.paradigm);
      const stepMs = pickStepMs(input.range, input.maxPoints);
      const by = groupingFor(input);
      if (ctx.db === undefined) return { kpi: input.kpi, stepMs, by: by ?? null, series: [] };
      const matchers: Record<string, string> = { ...input.labels };
      // Drill-down values win over labels of the same name.
      if (input.workload !== undefined) matchers.workload = input.workload;
      if (input.instance !== undefined) matchers.instance = input.instance;
      const query = {
        kpi: input.kpi,
        agg: input.agg,
        fromMs: input.range.fromMs,
        toMs: input.range.toMs,
        stepMs,
        filters: { paradigm, platform: input.platform, matchers },
      };
      const series = runQuery(ctx.db, { ...query, by });

      return { kpi: input.kpi, stepMs, by: by ?? null, series };
    }),
});
