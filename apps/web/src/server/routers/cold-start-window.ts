import { histogramQuantile, PERCENTILES, quantile } from '@fleetlens/db/query';
import type Database from 'better-sqlite3';

/** Count and percentiles of one distribution over a whole window; null without data. */
export type WindowStats = {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
};

export type PlatformStats = { platform: string; paradigm: string; stats: WindowStats };

/** [fromNs, toNs], both ends included, as the event queries read them. */
export type NsWindow = { fromNs: bigint; toNs: bigint };

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

export const EMPTY_STATS: WindowStats = { count: 0, p50: null, p95: null, p99: null };

const statsOfValues = (values: readonly number[]): WindowStats =>
  values.length === 0
    ? EMPTY_STATS
    : {
        count: values.length,
        p50: finiteOrNull(quantile(PERCENTILES.p50, values)),
        p95: finiteOrNull(quantile(PERCENTILES.p95, values)),
        p99: finiteOrNull(quantile(PERCENTILES.p99, values)),
      };

/**
 * Exact stats per platform from the event table: cold_start events (their duration is the
 * startup time) or invocation events of one cold flag (their duration is the request's).
 */
export const eventWindowStats = (
  db: Database.Database,
  type: 'cold_start' | 'invocation',
  window: NsWindow,
  cold?: boolean,
): PlatformStats[] => {
  const coldClause = cold === undefined ? '' : ` AND cold = ${cold ? 1 : 0}`;
  const rows = db
    .prepare<[string, bigint, bigint], [string, string, number]>(
      'SELECT platform, paradigm, duration_seconds FROM event ' +
        `WHERE type = ? AND ts >= ? AND ts <= ? AND duration_seconds IS NOT NULL${coldClause}`,
    )
    .raw(true)
    .safeIntegers(false)
    .all(type, window.fromNs, window.toNs);
  const byPlatform = new Map<string, { paradigm: string; values: number[] }>();
  for (const [platform, paradigm, value] of rows) {
    const entry = byPlatform.get(platform) ?? { paradigm, values: [] };
    entry.values.push(value);
    byPlatform.set(platform, entry);
  }

  return [...byPlatform].map(([platform, entry]) => ({
    platform,
    paradigm: entry.paradigm,
    stats: statsOfValues(entry.values),
  }));
};

type HistogramRow = {
  ts: bigint;
  count: number;
  bounds: string;
  bucket_counts: string;
  temporality: string;
};

type Delta = { bounds: number[]; counts: number[]; count: number };

const parseNumbers = (text: string): number[] => {
  const parsed: unknown = JSON.parse(text);

  return Array.isArray(parsed) ? parsed.map(Number) : [];
};

/** Observations between two cumulative points; a drop or a new layout means a reset. */
const increase = (before: HistogramRow, after: HistogramRow): Delta => {
  const previous = parseNumbers(before.bucket_counts);
  const counts = parseNumbers(after.bucket_counts);
  const bounds = parseNumbers(after.bounds);
  const reset =
    before.bounds !== after.bounds ||
    after.count < before.count ||
    counts.some((count, i) => count < (previous[i] ?? 0));
  if (reset) return { bounds, counts, count: after.count };

  return {
    bounds,
    counts: counts.map((count, i) => count - (previous[i] ?? 0)),
    count: after.count - before.count,
  };
};

/** Buckets merged by upper bound across series, as PromQL's `sum by (le)`. */
type Merged = { paradigm: string; count: number; byBound: Map<number, number> };

const addDelta = (merged: Merged, delta: Delta): void => {
  let cumulative = 0;
  for (let i = 0; i < delta.counts.length; i++) {
    cumulative += delta.counts[i] ?? 0;
    const bound = i < delta.bounds.length ? (delta.bounds[i] ?? Infinity) : Infinity;
    merged.byBound.set(bound, (merged.byBound.get(bound) ?? 0) + cumulative);
  }
  merged.count += delta.count;
};

const statsOfHistogram = (merged: Merged): WindowStats => {
  if (merged.count <= 0) return EMPTY_STATS;
  const buckets = [...merged.byBound].map(([upperBound, count]) => ({ upperBound, count }));

  return {
    count: Math.round(merged.count),
    p50: finiteOrNull(histogramQuantile(PERCENTILES.p50, buckets)),
    p95: finiteOrNull(histogramQuantile(PERCENTILES.p95, buckets)),
    p99: finiteOrNull(histogramQuantile(PERCENTILES.p99, buckets)),
  };
};

/**
 * Stats per platform from the histogram series of a KPI with one `cold` label value: the
 * observations each series gained inside the window, as PromQL's increase() over it. A point
 * in the window adds its increase over the previous point when that one is at most a window
 * length earlier (so sparse scrapes still count); delta points add themselves.
 */
export const histogramWindowStats = (
  db: Database.Database,
  kpi: string,
  cold: 'true' | 'false',
  window: NsWindow,
  platforms?: ReadonlySet<string>,
): PlatformStats[] => {
  const maxGapNs = window.toNs - window.fromNs;
  const series = db
    .prepare<[string, string], { id: bigint; platform: string; paradigm: string }>(
      'SELECT s.id, r.platform, r.paradigm FROM series s JOIN resource r ON r.id = s.resource_id ' +
        "WHERE s.kpi = ? AND s.kind = 'histogram' AND json_extract(s.labels, '$.cold') = ? " +
        'ORDER BY s.id',
    )
    .safeIntegers(true)
    .all(kpi, cold)
    .filter((meta) => platforms === undefined || platforms.has(meta.platform));
  const points = db
    .prepare<[bigint, bigint, bigint], HistogramRow>(
      'SELECT ts, count, bounds, bucket_counts, temporality FROM histogram_sample ' +
        'WHERE series_id = ? AND ts >= ? AND ts <= ? ORDER BY ts',
    )
    .safeIntegers(true);
  const byPlatform = new Map<string, Merged>();
  for (const meta of series) {
    const merged = byPlatform.get(meta.platform) ?? {
      paradigm: meta.paradigm,
      count: 0,
      byBound: new Map<number, number>(),
    };
    let previous: HistogramRow | undefined;
    for (const row of points.all(meta.id, window.fromNs - maxGapNs, window.toNs)) {
      const normalized = { ...row, count: Number(row.count) };
      const inWindow = row.ts >= window.fromNs;
      if (row.temporality === 'delta') {
        if (inWindow) addDelta(merged, increase(emptyLike(normalized), normalized));
        continue;
      }
      if (previous !== undefined && inWindow && row.ts - previous.ts <= maxGapNs) {
        addDelta(merged, increase(previous, normalized));
      }
      previous = normalized;
    }
    byPlatform.set(meta.platform, merged);
  }

  return [...byPlatform]
    .map(([platform, merged]) => ({
      platform,
      paradigm: merged.paradigm,
      stats: statsOfHistogram(merged),
    }))
    .filter((entry) => entry.stats.count > 0);
};

/** A zero point of the same layout: the increase to a delta point is the point itself. */
const emptyLike = (row: HistogramRow): HistogramRow => ({
  ...row,
  count: 0,
  bucket_counts: '[]',
});
