import type Database from 'better-sqlite3';

import { QueryError } from './errors.ts';
import { RESOURCE_FIELDS, isResourceField, labelPath } from './label-name.ts';
import type { ResourceField } from './label-name.ts';

/** Series selection shared by every read: all conditions are ANDed equality matches. */
export type SeriesFilters = {
  paradigm?: string;
  platform?: string;
  tenant?: string;
  /**
   * Resource fields (cluster, node, namespace, workload, instance, …) or series labels. As in
   * Prometheus, an empty value matches series that lack the field or label.
   */
  matchers?: Readonly<Record<string, string>>;
};

export type ResourceIdentityFields = Record<ResourceField, string | null>;

export type SeriesMeta = {
  id: number;
  kpi: string;
  unit: string;
  /** 'gauge' | 'counter' | 'histogram' | 'summary' */
  kind: string;
  labels: Record<string, string>;
  resource: ResourceIdentityFields & { id: number };
};

/** SQL text with its positional `?` parameters, always bound, never spliced in. */
export type SqlFragment = { sql: string; params: (string | number | bigint)[] };

export const requireString = (name: string, value: unknown): string => {
  if (typeof value !== 'string') throw new QueryError(`filter ${name} must be a string`);

  return value;
};

/** Turns a filter or `by` name into the SQL expression that reads it; throws on a bad name. */
export type FieldResolver = (name: string) => SqlFragment;

/** Resource fields of `resource r`, or labels of `series s` read with a validated JSON path. */
export const seriesField: FieldResolver = (name) =>
  isResourceField(name)
    ? { sql: `r.${name}`, params: [] }
    : { sql: 'json_extract(s.labels, ?)', params: [labelPath(name)] };

/**
 * Equality condition on a field or label; the value is always a bound parameter. An empty value
 * matches a missing field, as an empty Prometheus matcher does.
 */
export const matcherCondition = (
  name: string,
  value: unknown,
  resolve: FieldResolver,
): SqlFragment => {
  const text = requireString(name, value);
  const expression = resolve(name);

  return {
    sql: text === '' ? `coalesce(${expression.sql}, '') = ?` : `${expression.sql} = ?`,
    params: [...expression.params, text],
  };
};

/** WHERE clause (without the keyword) over `series s JOIN resource r`. */
export const seriesWhere = (filters: SeriesFilters = {}, kpi?: string): SqlFragment => {
  const parts: SqlFragment[] = [];
  if (kpi !== undefined) parts.push({ sql: 's.kpi = ?', params: [requireString('kpi', kpi)] });
  for (const field of ['paradigm', 'platform', 'tenant'] as const) {
    const value = filters[field];
    if (value !== undefined)
      parts.push({ sql: `r.${field} = ?`, params: [requireString(field, value)] });
  }
  for (const [name, value] of Object.entries(filters.matchers ?? {})) {
    parts.push(matcherCondition(name, value, seriesField));
  }

  return {
    sql: parts.length === 0 ? '1' : parts.map((part) => part.sql).join(' AND '),
    params: parts.flatMap((part) => part.params),
  };
};

type SeriesRow = {
  id: number;
  kpi: string;
  unit: string;
  kind: string;
  labels: string;
  resource_id: number;
} & ResourceIdentityFields;

export const SERIES_COLUMNS =
  's.id, s.kpi, s.unit, s.kind, s.labels, s.resource_id, ' +
  RESOURCE_FIELDS.map((field) => `r.${field}`).join(', ');

export const toSeriesMeta = (row: SeriesRow): SeriesMeta => ({
  id: row.id,
  kpi: row.kpi,
  unit: row.unit,
  kind: row.kind,
  labels: parseLabels(row.labels),
  resource: {
    id: row.resource_id,
    tenant: row.tenant,
    paradigm: row.paradigm,
    platform: row.platform,
    cluster: row.cluster,
    node: row.node,
    namespace: row.namespace,
    workload: row.workload,
    instance: row.instance,
  },
});

export const parseLabels = (text: string): Record<string, string> => {
  const parsed: unknown = JSON.parse(text);

  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, string>)
    : {};
};

export type SelectSeriesOptions = {
  kpi?: string;
  filters?: SeriesFilters;
  /** Only series of these kinds (gauge, counter, histogram, summary). */
  kinds?: readonly string[];
  limit?: number;
};

/** Series matching the filters, with their resource, ordered by kpi then id. */
export const selectSeries = (db: Database.Database, options: SelectSeriesOptions): SeriesMeta[] => {
  const where = seriesWhere(options.filters, options.kpi);
  const kinds = options.kinds ?? [];
  const kindSql = kinds.length === 0 ? '' : ` AND s.kind IN (${kinds.map(() => '?').join(', ')})`;
  const limit = options.limit === undefined ? '' : ' LIMIT ?';
  const params = [
    ...where.params,
    ...kinds,
    ...(options.limit === undefined ? [] : [options.limit]),
  ];
  const rows = db
    .prepare<unknown[], SeriesRow>(
      `SELECT ${SERIES_COLUMNS} FROM series s JOIN resource r ON r.id = s.resource_id ` +
        `WHERE ${where.sql}${kindSql} ORDER BY s.kpi, s.id${limit}`,
    )
    .safeIntegers(false)
    .all(params);

  return rows.map(toSeriesMeta);
};
