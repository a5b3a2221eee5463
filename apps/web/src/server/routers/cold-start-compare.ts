import type Database from 'better-sqlite3';

import { MIN_SAMPLES, WORSE_P95_CHANGE_PCT } from './cold-start-thresholds.ts';
import { EMPTY_STATS, eventWindowStats, histogramWindowStats } from './cold-start-window.ts';
import type { NsWindow, PlatformStats, WindowStats } from './cold-start-window.ts';

export type StatsSource = 'events' | 'histograms';

export type Change = { p50: number | null; p95: number | null; p99: number | null };

export type ColdStartComparison = {
  platform: string;
  paradigm: string;
  source: StatsSource;
  current: WindowStats;
  previous: WindowStats;
  /** Percent change from the previous window; null when either side has no value. */
  change: Change;
  enoughSamples: boolean;
  worse: boolean;
};

export type ColdWarmRow = {
  platform: string;
  paradigm: string;
  /** startup: startup_seconds by its cold label; invocations: request durations by cold flag. */
  source: 'startup' | 'invocations';
  cold: WindowStats;
  warm: WindowStats;
  /** Cold p50 over warm p50: how many times slower a cold request or start is. */
  slowdownP50: number | null;
};

const percentChange = (before: number | null, after: number | null): number | null =>
  before === null || after === null || before === 0 ? null : ((after - before) / before) * 100;

const byPlatform = (entries: readonly PlatformStats[]): Map<string, PlatformStats> =>
  new Map(entries.map((entry) => [entry.platform, entry]));

/** The window just before `window`, of equal length, not overlapping it. */
export const previousWindow = (window: NsWindow): NsWindow => ({
  fromNs: window.fromNs - (window.toNs - window.fromNs),
  toNs: window.fromNs - 1n,
});

const compare = (
  platform: string,
  paradigm: string,
  source: StatsSource,
  current: WindowStats,
  previous: WindowStats,
): ColdStartComparison => {
  const change = {
    p50: percentChange(previous.p50, current.p50),
    p95: percentChange(previous.p95, current.p95),
    p99: percentChange(previous.p99, current.p99),
  };
  const enoughSamples = current.count >= MIN_SAMPLES && previous.count >= MIN_SAMPLES;

  return {
    platform,
    paradigm,
    source,
    current,
    previous,
    change,
    enoughSamples,
    worse: enoughSamples && change.p95 !== null && change.p95 > WORSE_P95_CHANGE_PCT,
  };
};

const rank = (row: ColdStartComparison): number => row.change.p95 ?? -Infinity;

/**
 * Cold-start count and percentiles per platform in the window and in the one before it. A
 * platform with cold_start events in either window is measured from its events (exact);
 * the others from their startup_seconds histograms labelled cold="true".
 */
export const compareColdStarts = (
  db: Database.Database,
  window: NsWindow,
): ColdStartComparison[] => {
  const before = previousWindow(window);
  const events = {
    current: byPlatform(eventWindowStats(db, 'cold_start', window)),
    previous: byPlatform(eventWindowStats(db, 'cold_start', before)),
  };
  const histograms = {
    current: byPlatform(histogramWindowStats(db, 'startup_seconds', 'true', window)),
    previous: byPlatform(histogramWindowStats(db, 'startup_seconds', 'true', before)),
  };
  const rows: ColdStartComparison[] = [];
  const platforms = new Set([
    ...events.current.keys(),
    ...events.previous.keys(),
    ...histograms.current.keys(),
    ...histograms.previous.keys(),
  ]);
  for (const platform of platforms) {
    const fromEvents = events.current.has(platform) || events.previous.has(platform);
    const source = fromEvents ? events : histograms;
    const current = source.current.get(platform);
    const previous = source.previous.get(platform);
    const paradigm = current?.paradigm ?? previous?.paradigm ?? 'unknown';
    rows.push(
      compare(
        platform,
        paradigm,
        fromEvents ? 'events' : 'histograms',
        current?.stats ?? EMPTY_STATS,
        previous?.stats ?? EMPTY_STATS,
      ),
    );
  }

  return rows.sort(
    (a, b) =>
      Number(b.worse) - Number(a.worse) ||
      rank(b) - rank(a) ||
      a.platform.localeCompare(b.platform),
  );
};

const ratio = (cold: WindowStats, warm: WindowStats): number | null =>
  cold.p50 === null || warm.p50 === null || warm.p50 === 0 ? null : cold.p50 / warm.p50;

const pairRows = (
  source: ColdWarmRow['source'],
  cold: Map<string, PlatformStats>,
  warm: Map<string, PlatformStats>,
): ColdWarmRow[] =>
  [...new Set([...cold.keys(), ...warm.keys()])].map((platform) => {
    const coldStats = cold.get(platform)?.stats ?? EMPTY_STATS;
    const warmStats = warm.get(platform)?.stats ?? EMPTY_STATS;

    return {
      platform,
      paradigm: cold.get(platform)?.paradigm ?? warm.get(platform)?.paradigm ?? 'unknown',
      source,
      cold: coldStats,
      warm: warmStats,
      slowdownP50: ratio(coldStats, warmStats),
    };
  });

/**
 * Cold against warm per platform: request durations of invocation events by their cold
 * flag, and startup_seconds by its cold label where warm starts are reported at all.
 */
export const compareColdWarm = (db: Database.Database, window: NsWindow): ColdWarmRow[] => {
  const invocations = pairRows(
    'invocations',
    byPlatform(eventWindowStats(db, 'invocation', window, true)),
    byPlatform(eventWindowStats(db, 'invocation', window, false)),
  );
  const warmStarts = byPlatform(histogramWindowStats(db, 'startup_seconds', 'false', window));
  // Cold startup histograms only matter beside warm ones: read those platforms' alone.
  const coldStarts = byPlatform(
    warmStarts.size === 0
      ? []
      : histogramWindowStats(db, 'startup_seconds', 'true', window, new Set(warmStarts.keys())),
  );
  const startups = pairRows('startup', coldStarts, warmStarts);

  return [...startups, ...invocations].sort(
    (a, b) => a.platform.localeCompare(b.platform) || a.source.localeCompare(b.source),
  );
};
