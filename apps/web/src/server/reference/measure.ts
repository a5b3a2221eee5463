import { queryRange } from '@fleetlens/db/query';
import type { Agg, RangeSeries } from '@fleetlens/db/query';
import { PARADIGM_IDS, PLATFORMS } from '@fleetlens/schema';
import type { Paradigm } from '@fleetlens/schema';
import type Database from 'better-sqlite3';

import { msToNs, pickStepMs } from '../range.ts';
import type { Range } from '../range.ts';
import { STALE_AFTER_MS } from '../routers/fleet.ts';
import { MIN_REQUESTS_FOR_ERROR_RATE } from './maturity.ts';
import type { FleetObservation, KpiMeasurement, ParadigmObservation } from './observation.ts';

/** Steps of the time-averaged measurements (memory, up, error counts). */
const STEPPED_POINTS = 120;

type Window = { fromNs: bigint; toNs: bigint };

/**
 * One value over exactly [fromNs, toNs]: bucket grids start at fromNs floored to the step, so
 * a step of fromNs itself starts the only bucket at fromNs. Percentiles cannot be merged
 * across buckets, so startup and latency p50 need this single bucket.
 */
const wholeWindow = (
  db: Database.Database,
  window: Window,
  kpi: string,
  agg: Agg,
  paradigm: Paradigm,
  matchers?: Record<string, string>,
): { value: number | null; source: KpiMeasurement['source'] } => {
  const span = window.toNs - window.fromNs;
  const stepNs = window.fromNs > span ? window.fromNs : span + 1_000_000n;
  const result = queryRange(db, {
    kpi,
    agg,
    fromNs: window.fromNs,
    toNs: window.toNs,
    stepNs,
    filters: { paradigm, matchers },
  });
  const value = result.series[0]?.points[0]?.[1];

  return {
    value: value !== undefined && Number.isFinite(value) ? value : null,
    source: result.series.length > 0 ? result.source : null,
  };
};

/** p50 and observation count of a distribution KPI over the whole window. */
const distribution = (
  db: Database.Database,
  window: Window,
  kpi: string,
  paradigm: Paradigm,
  matchers?: Record<string, string>,
): KpiMeasurement => {
  const p50 = wholeWindow(db, window, kpi, 'p50', paradigm, matchers);
  const count = wholeWindow(db, window, kpi, 'count', paradigm, matchers);

  return { value: p50.value, samples: Math.round(count.value ?? 0), source: p50.source };
};

/** Per-paradigm series of one stepped query, keyed by paradigm. */
const steppedByParadigm = (
  db: Database.Database,
  window: Window,
  stepNs: bigint,
  kpi: string,
  agg: Agg,
): Map<string, RangeSeries['points']> => {
  const result = queryRange(db, {
    kpi,
    agg,
    by: 'paradigm',
    fromNs: window.fromNs,
    toNs: window.toNs,
    stepNs,
  });

  return new Map(result.series.map((series) => [series.group.paradigm ?? '', series.points]));
};

const finiteValues = (points: RangeSeries['points'] | undefined): number[] =>
  (points ?? []).map((point) => point[1]).filter((value) => Number.isFinite(value));

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** A rate per step, times the step, summed: the counter's increase over the window. */
const increase = (points: RangeSeries['points'] | undefined, stepNs: bigint): number =>
  finiteValues(points).reduce((sum, rate) => sum + rate, 0) * (Number(stepNs) / 1e9);

type ResourceRow = { paradigm: string | null; platform: string | null; total: bigint; up: bigint };

const resourcesByPlatform = (db: Database.Database, window: Window): ResourceRow[] =>
  db
    .prepare<[bigint, bigint, bigint], ResourceRow>(
      'SELECT paradigm, platform, count(*) AS total, ' +
        'sum(CASE WHEN last_seen_ns >= ? THEN 1 ELSE 0 END) AS up ' +
        'FROM resource WHERE first_seen_ns <= ? AND last_seen_ns >= ? ' +
        'GROUP BY paradigm, platform',
    )
    .safeIntegers(true)
    .all(window.toNs - msToNs(STALE_AFTER_MS), window.toNs, window.fromNs);

const listedPlatforms = (paradigm: Paradigm): string[] =>
  PLATFORMS.filter((platform) => platform.paradigms.includes(paradigm)).map(
    (platform) => platform.id,
  );

/**
 * Everything the reference view holds the document against, per paradigm, over one window.
 * Each figure's definition is in docs/maturity.md.
 */
export const observeFleet = (db: Database.Database, range: Range): FleetObservation => {
  const window: Window = { fromNs: msToNs(range.fromMs), toNs: msToNs(range.toMs) };
  const stepNs = msToNs(pickStepMs(range, STEPPED_POINTS));
  const rows = resourcesByPlatform(db, window);
  const fleetResources = rows.reduce((sum, row) => sum + Number(row.total), 0);
  const memoryMean = steppedByParadigm(db, window, stepNs, 'memory_bytes', 'avg');
  const memoryCount = steppedByParadigm(db, window, stepNs, 'memory_bytes', 'count');
  const errors = steppedByParadigm(db, window, stepNs, 'errors_total', 'rate');
  const requests = steppedByParadigm(db, window, stepNs, 'requests_total', 'rate');
  const up = steppedByParadigm(db, window, stepNs, 'up', 'avg');

  const observe = (paradigm: Paradigm): ParadigmObservation => {
    const own = rows.filter((row) => row.paradigm === paradigm);
    const resources = own.reduce((sum, row) => sum + Number(row.total), 0);
    const silent = own.reduce((sum, row) => sum + Number(row.total) - Number(row.up), 0);
    const listed = listedPlatforms(paradigm);
    const seen = new Set(own.map((row) => row.platform).filter((id) => id !== null));
    const requestCount = increase(requests.get(paradigm), stepNs);
    const errorCount = increase(errors.get(paradigm), stepNs);
    const upMean = mean(finiteValues(up.get(paradigm)));
    const memoryInstances = Math.max(0, ...finiteValues(memoryCount.get(paradigm)));
    const memory = mean(finiteValues(memoryMean.get(paradigm)));

    return {
      paradigm,
      startup: distribution(db, window, 'startup_seconds', paradigm, { cold: 'true' }),
      memory: {
        value: memory,
        samples: memoryInstances,
        source: memory === null ? null : 'samples',
      },
      latency: distribution(db, window, 'request_duration_seconds', paradigm),
      adoption: {
        value: fleetResources === 0 ? null : resources / fleetResources,
        samples: fleetResources,
      },
      maturity: {
        resources,
        adoptionShare: fleetResources === 0 ? 0 : resources / fleetResources,
        errorRate:
          requestCount >= MIN_REQUESTS_FOR_ERROR_RATE
            ? Math.min(1, errorCount / requestCount)
            : null,
        requests: Math.round(requestCount),
        unavailability:
          upMean !== null
            ? 1 - Math.min(1, Math.max(0, upMean))
            : resources === 0
              ? 0
              : silent / resources,
        availabilitySource: upMean !== null ? 'up_kpi' : 'last_seen',
        platformsSeen: listed.filter((id) => seen.has(id)).length,
        platformsListed: listed.length,
      },
    };
  };

  return {
    fromMs: range.fromMs,
    toMs: range.toMs,
    fleetResources,
    paradigms: Object.fromEntries(PARADIGM_IDS.map((id) => [id, observe(id)])) as Record<
      Paradigm,
      ParadigmObservation
    >,
  };
};
