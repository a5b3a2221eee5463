import type { SeriesFilters } from '@fleetlens/db/query';
import { findPlatform } from '@fleetlens/schema';
import type Database from 'better-sqlite3';
import { z } from 'zod';

import { msToNs, pickStepMs, ZRange } from '../range.ts';
import { publicProcedure, router } from '../trpc.ts';

import { aggregateMeasures } from './comparison-aggregate.ts';
import { emptyCells, GROUP_BYS } from './comparison-measures.ts';
import type { GroupBy, MeasureCells, WORKLOAD_MEASURE_IDS } from './comparison-measures.ts';
import { readResourceStats } from './comparison-resource-stats.ts';
import type { ResourceStats, StatsWindow } from './comparison-resource-stats.ts';
import { startupGroups, startupP50 } from './comparison-startup.ts';

export type ComparisonRow = {
  /** The paradigm or platform id. */
  group: string;
  /** Paradigms of the group's resources (one for a paradigm row, usually one for a platform). */
  paradigms: string[];
  /** Resources that reported any of the measures' KPIs in the window. */
  resources: number;
  measures: MeasureCells;
};

export type WorkloadMeasures = Pick<MeasureCells, (typeof WORKLOAD_MEASURE_IDS)[number]>;

export type SameWorkload = {
  workload: string;
  rows: { group: string; resources: number; measures: WorkloadMeasures }[];
};

export type Comparison = {
  by: GroupBy;
  fromMs: number;
  toMs: number;
  stepMs: number;
  rows: ComparisonRow[];
  /** Workload names measured under two or more groups of `by`. */
  sameWorkload: SameWorkload[];
  /** Workloads named at all in the window (to tell "no overlap" from "no names"). */
  namedWorkloads: number;
  /** True when the fleet had more resources than one answer reads. */
  truncated: boolean;
};

/** Above this many shared workloads, only the ones with most resources are compared. */
const MAX_SAME_WORKLOADS = 25;

const groupFilter = (by: GroupBy, group: string): SeriesFilters =>
  by === 'paradigm' ? { paradigm: group } : { platform: group };

const keyOf =
  (by: GroupBy) =>
  (stats: ResourceStats): string =>
    by === 'paradigm' ? stats.paradigm : stats.platform;

const paradigmsOf = (stats: readonly ResourceStats[], by: GroupBy): Map<string, string[]> => {
  const paradigms = new Map<string, Set<string>>();
  for (const resource of stats) {
    const key = keyOf(by)(resource);
    paradigms.set(key, (paradigms.get(key) ?? new Set()).add(resource.paradigm));
  }

  return new Map([...paradigms].map(([key, set]) => [key, [...set].sort()]));
};

const sameWorkloads = (
  db: Database.Database,
  stats: readonly ResourceStats[],
  by: GroupBy,
  window: StatsWindow,
): SameWorkload[] => {
  const byWorkload = new Map<string, ResourceStats[]>();
  for (const resource of stats) {
    if (resource.workload === null) continue;
    byWorkload.set(resource.workload, [...(byWorkload.get(resource.workload) ?? []), resource]);
  }
  const shared = [...byWorkload]
    .filter(([, resources]) => new Set(resources.map(keyOf(by))).size > 1)
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, MAX_SAME_WORKLOADS);

  return shared
    .map(([workload, resources]) => {
      const groups = aggregateMeasures(resources, keyOf(by));
      const rows = [...groups]
        .map(([group, cells]) => {
          const startup = startupP50(db, window, {
            ...groupFilter(by, group),
            matchers: { workload },
          });
          return {
            group,
            resources: cells.resources,
            measures: {
              memory_per_instance: cells.memory_per_instance,
              cpu_per_request: cells.cpu_per_request,
              startup_p50: startup,
            },
          };
        })
        .sort((a, b) => a.group.localeCompare(b.group));
      return { workload, rows };
    })
    .sort((a, b) => a.workload.localeCompare(b.workload));
};

export const comparisonRouter = router({
  /**
   * Per-unit resource use per paradigm or platform over the window: memory per instance, CPU
   * seconds per request, startup p50, and on GPU servers energy per inference, GPU memory per
   * served model and tokens per joule; plus the workloads that run under several groups.
   */
  resources: publicProcedure
    .input(z.object({ range: ZRange, by: z.enum(GROUP_BYS).default('paradigm') }))
    .query(({ ctx, input }): Comparison => {
      const stepMs = pickStepMs(input.range, 48);
      const base = { by: input.by, fromMs: input.range.fromMs, toMs: input.range.toMs, stepMs };
      const empty = { ...base, rows: [], sameWorkload: [], namedWorkloads: 0, truncated: false };
      if (ctx.db === undefined) return empty;
      const db = ctx.db;
      const window: StatsWindow = {
        fromNs: msToNs(input.range.fromMs),
        toNs: msToNs(input.range.toMs),
        stepNs: msToNs(stepMs),
      };
      const { stats, truncated } = readResourceStats(db, window);
      const groups = aggregateMeasures(stats, keyOf(input.by));
      const paradigms = paradigmsOf(stats, input.by);
      for (const group of startupGroups(db, input.by, window)) {
        const startup = startupP50(db, window, groupFilter(input.by, group));
        if (startup.value === null) continue;
        const cells = groups.get(group) ?? { ...emptyCells(), resources: 0 };
        groups.set(group, { ...cells, startup_p50: startup });
      }
      const rows = [...groups]
        .map(([group, { resources, ...measures }]) => ({
          group,
          paradigms:
            paradigms.get(group) ??
            (input.by === 'paradigm' ? [group] : [...(findPlatform(group)?.paradigms ?? [])]),
          resources,
          measures,
        }))
        .sort((a, b) => a.group.localeCompare(b.group));

      return {
        ...base,
        rows,
        sameWorkload: sameWorkloads(db, stats, input.by, window),
        namedWorkloads: new Set(stats.flatMap((s) => (s.workload === null ? [] : [s.workload])))
          .size,
        truncated,
      };
    }),
});
