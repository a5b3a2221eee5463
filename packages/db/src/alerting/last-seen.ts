import type Database from 'better-sqlite3';

import { QueryError } from '../query/errors.ts';
import { checkBy, groupOf } from '../query/group.ts';
import { selectSeries } from '../query/series-filter.ts';
import type { SeriesFilters } from '../query/series-filter.ts';

export type LastSeenQuery = {
  kpi: string;
  filters?: SeriesFilters;
  by?: string;
  /** Series silent since before this are forgotten (a decommissioned node stops alerting). */
  sinceNs: bigint;
  /** The evaluation time: samples after it are ignored. */
  atNs: bigint;
  maxSeries?: number;
};

export type LastSeenGroup = { labels: Record<string, string>; lastSeenNs: bigint };

const TABLE_OF_KIND: Record<string, string> = {
  gauge: 'sample',
  counter: 'sample',
  histogram: 'histogram_sample',
  summary: 'summary_sample',
};

const DEFAULT_MAX_SERIES = 20_000;

/**
 * Newest sample time at or before atNs per group, for groups with a sample since sinceNs. One
 * primary-key seek per series: cheap whatever the sample volume.
 */
export const readLastSeen = (db: Database.Database, query: LastSeenQuery): LastSeenGroup[] =>
  db
    .transaction((): LastSeenGroup[] => {
      checkBy(query.by);
      const maxSeries = query.maxSeries ?? DEFAULT_MAX_SERIES;
      const metas = selectSeries(db, {
        kpi: query.kpi,
        filters: query.filters,
        limit: maxSeries + 1,
      });
      if (metas.length > maxSeries) {
        throw new QueryError(`rule matches more than ${maxSeries} series; add matchers`);
      }
      const statements = new Map<string, Database.Statement<[number, bigint, bigint]>>();
      const statementFor = (table: string) => {
        let statement = statements.get(table);
        if (statement === undefined) {
          statement = db
            .prepare<[number, bigint, bigint]>(
              `SELECT max(ts) FROM ${table} WHERE series_id = ? AND ts >= ? AND ts <= ?`,
            )
            .pluck()
            .safeIntegers(true);
          statements.set(table, statement);
        }

        return statement;
      };
      const groups = new Map<string, LastSeenGroup>();
      for (const meta of metas) {
        const table = TABLE_OF_KIND[meta.kind];
        if (table === undefined) continue;
        const last = statementFor(table).get(meta.id, query.sinceNs, query.atNs) as bigint | null;
        if (last === null || last === undefined) continue;
        const { key, group } = groupOf(meta, query.by);
        const known = groups.get(key);
        if (known === undefined) groups.set(key, { labels: group, lastSeenNs: last });
        else if (last > known.lastSeenNs) known.lastSeenNs = last;
      }

      return [...groups.values()];
    })
    .deferred();
