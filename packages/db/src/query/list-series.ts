import type Database from 'better-sqlite3';

import { VALUE_KIND, fromStored } from '../value-kind.ts';
import { QueryError } from './errors.ts';
import { selectSeries } from './series-filter.ts';
import type { SeriesFilters, SeriesMeta } from './series-filter.ts';

export type LatestValue = {
  tsNs: bigint;
  /** Exact value: NaN, ±Infinity and -0 as stored; the stale NaN when `stale`. */
  value: number;
  /** Prometheus staleness marker: the series had ended at `tsNs`. */
  stale: boolean;
};

export type SeriesInfo = SeriesMeta & {
  /**
   * Newest sample of a gauge or counter; for histogram and summary series, the newest
   * observation count. Null when the series has no stored points.
   */
  latest: LatestValue | null;
};

export type ListSeriesParams = SeriesFilters & {
  kpi?: string;
  /** Default 1,000, at most 10,000. */
  limit?: number;
};

export const DEFAULT_SERIES_LIMIT = 1_000;
export const MAX_SERIES_LIMIT = 10_000;

type LatestRow = { ts: bigint; value: number | null; kind: bigint };
type CountRow = { ts: bigint; count: bigint };

export const checkLimit = (limit: number | undefined, fallback: number, max: number): number => {
  const value = limit ?? fallback;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new QueryError(`limit must be an integer from 1 to ${max}`);
  }

  return value;
};

/**
 * Series matching the filters, ordered by kpi then id, each with its newest value. The newest
 * value is one primary-key seek per series (max(ts) of the (series_id, ts) key).
 */
export const listSeries = (db: Database.Database, params: ListSeriesParams = {}): SeriesInfo[] => {
  const { kpi, limit, ...filters } = params;
  const series = selectSeries(db, {
    kpi,
    filters,
    limit: checkLimit(limit, DEFAULT_SERIES_LIMIT, MAX_SERIES_LIMIT),
  });
  const latestSample = db
    .prepare<[number], LatestRow>(
      'SELECT ts, value, value_kind AS kind FROM sample WHERE series_id = ? ' +
        'ORDER BY ts DESC LIMIT 1',
    )
    .safeIntegers(true);
  const latestCount = (table: 'histogram_sample' | 'summary_sample') =>
    db
      .prepare<[number], CountRow>(
        `SELECT ts, count FROM ${table} WHERE series_id = ? ORDER BY ts DESC LIMIT 1`,
      )
      .safeIntegers(true);
  const latestHistogram = latestCount('histogram_sample');
  const latestSummary = latestCount('summary_sample');

  return series.map((meta) => {
    if (meta.kind === 'histogram' || meta.kind === 'summary') {
      const row = (meta.kind === 'histogram' ? latestHistogram : latestSummary).get(meta.id);

      return {
        ...meta,
        latest: row === undefined ? null : { tsNs: row.ts, value: Number(row.count), stale: false },
      };
    }
    const row = latestSample.get(meta.id);
    if (row === undefined) return { ...meta, latest: null };
    const kind = Number(row.kind);

    return {
      ...meta,
      latest: {
        tsNs: row.ts,
        value: fromStored(row.value, kind),
        stale: kind === VALUE_KIND.staleNaN,
      },
    };
  });
};
