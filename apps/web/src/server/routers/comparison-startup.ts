import { queryRange } from '@fleetlens/db/query';
import type { SeriesFilters } from '@fleetlens/db/query';
import type Database from 'better-sqlite3';

import type { MeasureCell } from './comparison-measures.ts';
import type { StatsWindow } from './comparison-resource-stats.ts';

/** The median of values weighted by counts: the value below which half the weight lies. */
export const weightedMedian = (pairs: readonly (readonly [number, number])[]): number | null => {
  const usable = pairs.filter(([value, weight]) => Number.isFinite(value) && weight > 0);
  if (usable.length === 0) return null;
  const sorted = [...usable].sort((a, b) => a[0] - b[0]);
  const half = sorted.reduce((sum, [, weight]) => sum + weight, 0) / 2;
  let seen = 0;
  for (const [value, weight] of sorted) {
    seen += weight;
    if (seen >= half) return value;
  }

  return sorted[sorted.length - 1]?.[0] ?? null;
};

const pointsByTime = (
  db: Database.Database,
  agg: 'p50' | 'count',
  window: StatsWindow,
  filters: SeriesFilters,
) =>
  new Map(
    queryRange(db, {
      kpi: 'startup_seconds',
      agg,
      fromNs: window.fromNs,
      toNs: window.toNs,
      stepNs: window.stepNs,
      filters,
    }).series.flatMap((series) => series.points.map(([ts, value]) => [ts, value] as const)),
  );

/**
 * p50 of startup_seconds over the window for one group. The engine gives a p50 per step; the
 * window's is the median of those, each weighted by the starts it covers, which is the exact
 * p50 when the distribution is steady across the window and close to it otherwise.
 */
export const startupP50 = (
  db: Database.Database,
  window: StatsWindow,
  filters: SeriesFilters,
): MeasureCell => {
  const medians = pointsByTime(db, 'p50', window, filters);
  const counts = pointsByTime(db, 'count', window, filters);
  const pairs = [...medians].map(([ts, p50]) => [p50, counts.get(ts) ?? 0] as const);
  const starts = Math.round(pairs.reduce((sum, [, count]) => sum + count, 0));
  const value = weightedMedian(pairs);

  return value === null ? { value: null, basis: 0 } : { value, basis: starts };
};

/** Paradigms or platforms with startup telemetry: histogram series or cold-start events. */
export const startupGroups = (
  db: Database.Database,
  field: 'paradigm' | 'platform',
  window: StatsWindow,
): string[] =>
  db
    .prepare<unknown[], { value: string }>(
      `SELECT DISTINCT r.${field} AS value FROM series s JOIN resource r ON r.id = s.resource_id ` +
        `WHERE s.kpi = 'startup_seconds' AND r.${field} IS NOT NULL AND r.last_seen_ns >= ? ` +
        `UNION SELECT DISTINCT e.${field} AS value FROM event e ` +
        "WHERE e.type = 'cold_start' AND e.ts >= ? AND e.ts <= ?",
    )
    .safeIntegers(false)
    .all([window.fromNs, window.fromNs, window.toNs])
    .map((row) => row.value);
