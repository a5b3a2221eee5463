import { listResources } from '@fleetlens/db/query';
import { PARADIGMS, PLATFORMS } from '@fleetlens/schema';
import type Database from 'better-sqlite3';
import { z } from 'zod';

import { msToNs, nsToMs, ZRange } from '../range.ts';
import { publicProcedure, router } from '../trpc.ts';

/** A resource that has sent nothing for this long is shown as down (Prometheus: 5 min lookback). */
export const STALE_AFTER_MS = 5 * 60 * 1000;

export type PlatformHealth = {
  platform: string;
  paradigm: string;
  resources: number;
  up: number;
  down: number;
  lastSeenMs: number | null;
};

export type ParadigmSummary = {
  paradigm: string;
  resources: number;
  workloads: number;
  platforms: number;
  up: number;
  down: number;
  lastSeenMs: number | null;
};

export type UnmappedFamily = { source: string; family: string; count: number; lastSeenMs: number };

type CountRow = {
  paradigm: string | null;
  platform: string | null;
  resources: bigint;
  workloads: bigint;
  up: bigint;
  last_seen: bigint | null;
};

const countByPlatform = (db: Database.Database, fromNs: bigint, toNs: bigint, upSinceNs: bigint) =>
  db
    .prepare<[bigint, bigint, bigint], CountRow>(
      'SELECT paradigm, platform, count(*) AS resources, ' +
        'count(DISTINCT workload) AS workloads, ' +
        'sum(CASE WHEN last_seen_ns >= ? THEN 1 ELSE 0 END) AS up, ' +
        'max(last_seen_ns) AS last_seen ' +
        'FROM resource WHERE first_seen_ns <= ? AND last_seen_ns >= ? ' +
        'GROUP BY paradigm, platform',
    )
    .safeIntegers(true)
    .all(upSinceNs, toNs, fromNs);

const unmappedFamilies = (db: Database.Database, limit: number): UnmappedFamily[] =>
  db
    .prepare<[number], { source: string; family: string; count: bigint; last_seen_ns: bigint }>(
      'SELECT source, family, count, last_seen_ns FROM unmapped_count ' +
        'ORDER BY count DESC, source, family LIMIT ?',
    )
    .safeIntegers(true)
    .all(limit)
    .map((row) => ({
      source: row.source,
      family: row.family,
      count: Number(row.count),
      lastSeenMs: nsToMs(row.last_seen_ns),
    }));

const emptySummary = (paradigm: string): ParadigmSummary => ({
  paradigm,
  resources: 0,
  workloads: 0,
  platforms: 0,
  up: 0,
  down: 0,
  lastSeenMs: null,
});

const maxOrNull = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

export const fleetRouter = router({
  /** Counts and health per paradigm and platform for resources seen in the range. */
  overview: publicProcedure.input(z.object({ range: ZRange })).query(({ ctx, input }) => {
    const { fromMs, toMs } = input.range;
    const platforms: PlatformHealth[] = [];
    const paradigms = new Map<string, ParadigmSummary>(
      PARADIGMS.map((p) => [p.id, emptySummary(p.id)]),
    );
    const db = ctx.db;
    if (db !== undefined) {
      const rows = countByPlatform(db, msToNs(fromMs), msToNs(toMs), msToNs(toMs - STALE_AFTER_MS));
      for (const row of rows) {
        const paradigm = row.paradigm ?? 'unknown';
        const resources = Number(row.resources);
        const up = Number(row.up);
        const lastSeenMs = row.last_seen === null ? null : nsToMs(row.last_seen);
        platforms.push({
          platform: row.platform ?? 'unknown',
          paradigm,
          resources,
          up,
          down: resources - up,
          lastSeenMs,
        });
        const summary = paradigms.get(paradigm) ?? emptySummary(paradigm);
        summary.resources += resources;
        summary.workloads += Number(row.workloads);
        summary.platforms += 1;
        summary.up += up;
        summary.down += resources - up;
        summary.lastSeenMs = maxOrNull(summary.lastSeenMs, lastSeenMs);
        paradigms.set(paradigm, summary);
      }
    }
    platforms.sort((a, b) => a.paradigm.localeCompare(b.paradigm) || b.resources - a.resources);

    return {
      paradigms: [...paradigms.values()],
      platforms,
      knownPlatforms: PLATFORMS.length,
      unmapped: db === undefined ? [] : unmappedFamilies(db, 20),
    };
  }),

  /** Resources (instances) of one paradigm or platform, newest first, for drill-down. */
  resources: publicProcedure
    .input(
      z.object({
        paradigm: z.string().min(1).max(64).optional(),
        platform: z.string().min(1).max(64).optional(),
        workload: z.string().min(1).max(256).optional(),
        range: ZRange,
      }),
    )
    .query(({ ctx, input }) => {
      if (ctx.db === undefined) return [];
      const matchers = input.workload === undefined ? undefined : { workload: input.workload };
      return listResources(ctx.db, {
        paradigm: input.paradigm,
        platform: input.platform,
        matchers,
        seenSinceNs: msToNs(input.range.fromMs),
        limit: 2000,
      }).map((resource) => ({
        id: resource.id,
        paradigm: resource.paradigm,
        platform: resource.platform,
        cluster: resource.cluster,
        node: resource.node,
        namespace: resource.namespace,
        workload: resource.workload,
        instance: resource.instance,
        firstSeenMs: nsToMs(resource.firstSeenNs),
        lastSeenMs: nsToMs(resource.lastSeenNs),
        up: nsToMs(resource.lastSeenNs) >= input.range.toMs - STALE_AFTER_MS,
        seriesCount: resource.seriesCount,
      }));
    }),
});
