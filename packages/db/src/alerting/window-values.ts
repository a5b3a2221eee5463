import type Database from 'better-sqlite3';

import { makeGrid } from '../query/buckets.ts';
import { QueryError } from '../query/errors.ts';
import { eventSourceOf, readEvents } from '../query/event-source.ts';
import { checkBy, groupOf, groupOfValue } from '../query/group.ts';
import { selectSeries } from '../query/series-filter.ts';
import type { SeriesFilters } from '../query/series-filter.ts';
import { NS_PER_SECOND } from '../query/time.ts';
import { VALUE_KIND } from '../value-kind.ts';

export type WindowQuery = {
  kpi: string;
  filters?: SeriesFilters;
  /** A resource field or label name: one group per value, as the read API's `by`. */
  by?: string;
  /** Window start, exclusive. */
  fromNs: bigint;
  /** Window end (the evaluation time), inclusive. */
  toNs: bigint;
  maxSeries?: number;
};

/** Finite values of one series in the window, oldest first, with their times in ms. */
export type WindowSeries = { timesMs: number[]; values: number[] };

export type WindowGroup = { labels: Record<string, string>; series: WindowSeries[] };

export type WindowValues = { source: 'events' | 'samples'; groups: WindowGroup[] };

const DEFAULT_MAX_SERIES = 20_000;
/** Event windows are read on a grid of at most this many steps (1 s steps up to ~2.7 h). */
const MAX_EVENT_STEPS = 10_000;

const addTo = (groups: Map<string, WindowGroup>, key: string, labels: Record<string, string>) => {
  let group = groups.get(key);
  if (group === undefined) {
    group = { labels, series: [] };
    groups.set(key, group);
  }

  return group;
};

/** Events of an event-sourced KPI (startup_seconds, job_queue_seconds, …) in the window. */
const readEventWindow = (db: Database.Database, query: WindowQuery): WindowValues | undefined => {
  const source = eventSourceOf(query.kpi);
  if (source === undefined) return undefined;
  const spanSeconds = Number((query.toNs - query.fromNs + NS_PER_SECOND - 1n) / NS_PER_SECOND);
  const stepNs = BigInt(Math.max(1, Math.ceil(spanSeconds / MAX_EVENT_STEPS))) * NS_PER_SECOND;
  const grid = makeGrid(query.fromNs, query.toNs, stepNs);
  // The grid starts at fromNs floored to the step: skip the buckets before the window.
  const firstBucket = Number((query.fromNs - grid.startNs + stepNs - 1n) / stepNs);
  const groups = new Map<string, WindowGroup>();
  for (const [bucket, value, groupValue] of readEvents(
    db,
    source,
    query.filters ?? {},
    grid,
    query.by,
  )) {
    if (bucket < firstBucket || !Number.isFinite(value)) continue;
    const { key, group } = groupOfValue(query.by, groupValue);
    const target = addTo(groups, key, group);
    if (target.series.length === 0) target.series.push({ timesMs: [], values: [] });
    const series = target.series[0] as WindowSeries;
    series.timesMs.push(bucket * grid.stepMs);
    series.values.push(value);
  }

  return groups.size === 0 ? undefined : { source: 'events', groups: [...groups.values()] };
};

/**
 * Every finite value of a KPI in (fromNs, toNs], grouped by one field or label: the events of
 * event-sourced KPIs when any match, else the raw float samples of gauge and counter series
 * (histogram and summary series are not read). Rules reduce these values themselves.
 */
export const readWindowValues = (db: Database.Database, query: WindowQuery): WindowValues =>
  db
    .transaction((): WindowValues => {
      checkBy(query.by);
      if (query.toNs <= query.fromNs) throw new QueryError('window must not be empty');
      const events = readEventWindow(db, query);
      if (events !== undefined) return events;
      const maxSeries = query.maxSeries ?? DEFAULT_MAX_SERIES;
      const metas = selectSeries(db, {
        kpi: query.kpi,
        filters: query.filters,
        kinds: ['gauge', 'counter'],
        limit: maxSeries + 1,
      });
      if (metas.length > maxSeries) {
        throw new QueryError(`rule matches more than ${maxSeries} series; add matchers`);
      }
      const read = db
        .prepare<[number, bigint, bigint], [bigint, number | null, number]>(
          'SELECT ts, value, value_kind FROM sample WHERE series_id = ? AND ts > ? AND ts <= ? ' +
            'ORDER BY ts',
        )
        .raw(true)
        .safeIntegers(true);
      const groups = new Map<string, WindowGroup>();
      for (const meta of metas) {
        const series: WindowSeries = { timesMs: [], values: [] };
        for (const [ts, value, kind] of read.all(meta.id, query.fromNs, query.toNs)) {
          const isFinite =
            Number(kind) === VALUE_KIND.finite || Number(kind) === VALUE_KIND.negZero;
          if (!isFinite || value === null) continue;
          series.timesMs.push(Number(ts / 1_000_000n));
          series.values.push(Number(value));
        }
        if (series.values.length === 0) continue;
        const { key, group } = groupOf(meta, query.by);
        addTo(groups, key, group).series.push(series);
      }

      return { source: 'samples', groups: [...groups.values()] };
    })
    .deferred();
