import { queryRange } from '@fleetlens/db/query';
import type { Agg, SeriesFilters } from '@fleetlens/db/query';
import type Database from 'better-sqlite3';

import type { ChartSeries } from './kpi.ts';
import { msToNs, nsToMs } from '../range.ts';

export type SeriesQuery = {
  kpi: string;
  agg: Agg;
  by?: string;
  fromMs: number;
  toMs: number;
  stepMs: number;
  filters: SeriesFilters;
};

/** JSON has no NaN or Infinity: such points become gaps in the chart. */
const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

export const runQuery = (db: Database.Database, query: SeriesQuery): ChartSeries[] =>
  queryRange(db, {
    kpi: query.kpi,
    agg: query.agg,
    by: query.by,
    fromNs: msToNs(query.fromMs),
    toNs: msToNs(query.toMs),
    stepNs: msToNs(query.stepMs),
    filters: query.filters,
  }).series.map((series) => ({
    group: series.group,
    points: series.points.map(([ts, value]) => [nsToMs(ts), finiteOrNull(value)]),
  }));
