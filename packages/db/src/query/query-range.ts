import type Database from 'better-sqlite3';

import { makeGrid, toMs } from './buckets.ts';
import { QueryError } from './errors.ts';
import { eventSourceOf, hasEvents, readEvents } from './event-source.ts';
import type { Group } from './group-cells.ts';
import { checkBy, createAccumulator, createGroupInterner } from './group.ts';
import { createHistogramBatchReader, hasHistogramRollups } from './histogram-reader.ts';
import { createHistogramAccumulator, histogramIncreases } from './histogram-source.ts';
import { isPercentile } from './percentiles.ts';
import { hasRows } from './point-reader.ts';
import { chooseResolution, resolutionCandidates } from './resolution.ts';
import { maxGap, querySamples, sampleGrid } from './sample-source.ts';
import type { SampleQuery } from './sample-source.ts';
import { cachedSelection } from './selection-cache.ts';
import { hasSeriesOfKinds, selectSeriesGroups } from './series-groups.ts';
import type { SelectedSeries } from './series-groups.ts';
import { DEFAULT_LOOKBACK_NS, nowNs } from './time.ts';
import { AGGS } from './types.ts';
import type { QueryRangeParams, QueryRangeResult, RangeSeries, Resolution } from './types.ts';

export const DEFAULT_MAX_SERIES = 20_000;

/**
 * Range query over one KPI, grouped by a resource field or label, on step-aligned buckets
 * (see makeGrid). The data source is, in order:
 * 1. events, for the KPIs derived from per-event records (EVENT_SOURCES) when any event
 *    matches in the range: exact values, so percentiles are exact (see quantile); steps of a
 *    group without events (and groups without any) come from histogram series of the KPI;
 * 2. histogram series of the KPI (histogram_quantile over the step's bucket increases), from
 *    hourly histogram rollups where chooseResolution picks 1h and they hold the range;
 * 3. gauge and counter samples, at the resolution chooseResolution picks, falling back to a
 *    finer one when the coarser holds no rows for the range (see querySamples).
 * Every filter value is a bound parameter and every label name is validated first.
 */
export const queryRange = (db: Database.Database, params: QueryRangeParams): QueryRangeResult =>
  // One read transaction: every statement of the query sees the same snapshot.
  db.transaction(() => queryInSnapshot(db, params)).deferred();

const queryInSnapshot = (db: Database.Database, params: QueryRangeParams): QueryRangeResult => {
  if (!(AGGS as readonly string[]).includes(params.agg)) {
    throw new QueryError(`unknown agg: ${JSON.stringify(params.agg)}`);
  }
  if (typeof params.kpi !== 'string' || params.kpi === '') throw new QueryError('kpi is required');
  checkBy(params.by);
  const filters = params.filters ?? {};
  const query: SampleQuery = {
    fromNs: params.fromNs,
    toNs: params.toNs,
    stepNs: params.stepNs,
    agg: params.agg,
    by: params.by,
    lookbackNs: params.lookbackNs ?? DEFAULT_LOOKBACK_NS,
  };
  const grid = makeGrid(query.fromNs, query.toNs, query.stepNs, query.lookbackNs);

  const maxSeries = params.maxSeries ?? DEFAULT_MAX_SERIES;
  const select = (kinds: string[]): SelectedSeries => {
    const options = { kpi: params.kpi, filters, kinds, limit: maxSeries + 1, by: params.by };
    const series = cachedSelection(db, JSON.stringify(options), () =>
      hasSeriesOfKinds(db, params.kpi, kinds)
        ? selectSeriesGroups(db, options)
        : { ids: [], counters: [], groups: [] },
    );
    if (series.ids.length > maxSeries) {
      throw new QueryError(`query matches more than ${maxSeries} series; add filters`);
    }

    return series;
  };

  /** The resolution asked for, else the one chooseResolution picks for the range and step. */
  const chosen = (): Resolution =>
    params.resolution ??
    chooseResolution({ ...query, nowNs: params.nowNs ?? nowNs(), retention: params.retention });

  const source = eventSourceOf(params.kpi);
  if (source !== undefined && hasEvents(db, source, filters, grid.startNs, grid.toNs)) {
    const accumulator = createAccumulator(isPercentile(params.agg));
    // rate of events: each adds 1/step seconds, so the summed cell is events per second.
    const perSecond = 1000 / grid.stepMs;
    const groupOf = createGroupInterner(params.by);
    for (const [bucket, value, group] of readEvents(db, source, filters, grid, params.by)) {
      const eventValue = params.agg === 'rate' ? perSecond : value;
      accumulator.add(groupOf(group), bucket, eventValue);
    }
    const fromEvents = accumulator.finish(params.agg, grid);
    // Platforms that report the same KPI as histograms (kubelet, Knative, Triton) keep their
    // groups, and a group's steps without events (history sent before its spans or logs were)
    // come from its histograms: exact events win wherever they exist, never mixed in a step.
    const histograms = select(['histogram']);
    const fromHistograms =
      histograms.ids.length > 0 ? queryHistograms(db, histograms, query, chosen()) : null;
    if (fromHistograms === null || fromHistograms.series.length === 0) {
      return { resolution: 'raw', source: 'events', series: fromEvents };
    }

    return {
      resolution: fromHistograms.resolution,
      source: 'events+histograms',
      series: preferEvents(fromEvents, fromHistograms.series),
    };
  }

  const histograms = select(['histogram']);
  if (histograms.ids.length > 0) {
    const { resolution, series } = queryHistograms(db, histograms, query, chosen());
    if (series.length > 0) return { resolution, source: 'histograms', series };
  }

  const series = select(['gauge', 'counter']);
  const { ids } = series;
  const picked = chosen();
  const candidates = params.resolution === undefined ? resolutionCandidates(picked) : [picked];
  const resolution =
    candidates.find(
      (candidate) => candidate === 'raw' || hasRows(db, candidate, ids, grid.startNs, grid.toNs),
    ) ?? picked;

  return { resolution, source: 'samples', series: querySamples(db, series, query, resolution) };
};

const canonicalGroup = (group: Record<string, string>): string =>
  JSON.stringify(Object.entries(group).sort(([a], [b]) => a.localeCompare(b)));

/** Per group and step: the event value where the step has events, else the histogram's. */
const preferEvents = (
  fromEvents: readonly RangeSeries[],
  fromHistograms: readonly RangeSeries[],
): RangeSeries[] => {
  const histogramOf = new Map(
    fromHistograms.map((series) => [canonicalGroup(series.group), series]),
  );
  const merged = fromEvents.map((series) => {
    const key = canonicalGroup(series.group);
    const histogram = histogramOf.get(key);
    if (histogram === undefined) return series;
    histogramOf.delete(key);
    const points = new Map(histogram.points);
    for (const [ts, value] of series.points) points.set(ts, value);

    return {
      group: series.group,
      points: [...points].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    };
  });

  return [...merged, ...histogramOf.values()];
};

/**
 * Histogram series per group and step. At 1h, hourly rollups (histogram_rollup_1h) are read
 * when any selected series has one in the range: each row is a delta at its hour's start, so
 * it lands in the step holding the hour, as the raw increases of its points would for steps
 * that are whole hours (a step that splits an hour gets the whole hour in the step holding its
 * start; the hour holding toNs counts whole). Histograms have no 1m rollups: 1m and raw, or 1h
 * without rollup rows, read raw samples.
 */
const queryHistograms = (
  db: Database.Database,
  histograms: SelectedSeries,
  query: SampleQuery,
  chosen: Resolution,
): { resolution: Resolution; series: RangeSeries[] } => {
  const withSums = query.agg === 'avg' || query.agg === 'sum';
  const hourly = makeGrid(query.fromNs, query.toNs, query.stepNs);
  const resolution =
    chosen === '1h' && hasHistogramRollups(db, histograms.ids, hourly.startNs, hourly.toNs)
      ? '1h'
      : 'raw';
  const grid = resolution === '1h' ? hourly : sampleGrid(query, 'raw');
  const read = createHistogramBatchReader(
    db,
    grid,
    withSums,
    resolution === '1h' ? 'histogram_rollup_1h' : 'histogram_sample',
  );
  const accumulator = createHistogramAccumulator();
  const gap = toMs(maxGap(query, 'raw'));
  read(histograms.ids, (index, rows) => {
    const group = histograms.groups[index] as Group;
    histogramIncreases(rows, grid, gap, (bucket, row, base) =>
      accumulator.add(group, bucket, rows, row, base),
    );
  });

  return { resolution, series: accumulator.finish(query.agg, grid) };
};
