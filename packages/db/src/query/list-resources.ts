import type Database from 'better-sqlite3';

import { QueryError } from './errors.ts';
import { RESOURCE_FIELDS, isResourceField } from './label-name.ts';
import { checkLimit } from './list-series.ts';
import { matcherCondition, requireString } from './series-filter.ts';
import type { ResourceIdentityFields, SqlFragment } from './series-filter.ts';
import { NS_PER_HOUR, nowNs } from './time.ts';

export type ResourceFilters = {
  paradigm?: string;
  platform?: string;
  tenant?: string;
  /** Resource fields only (cluster, node, namespace, workload, instance); resources have no labels. */
  matchers?: Readonly<Record<string, string>>;
  /** Only resources seen at or after this time (last_seen_ns >= seenSinceNs). */
  seenSinceNs?: bigint;
  /** Default 1,000, at most 10,000. */
  limit?: number;
};

export type ResourceInfo = ResourceIdentityFields & {
  id: number;
  /** Descriptive attributes (OTel resource attributes and the like). */
  attributes: Record<string, unknown>;
  firstSeenNs: bigint;
  lastSeenNs: bigint;
  seriesCount: number;
};

type ResourceRow = ResourceIdentityFields & {
  id: bigint;
  attributes: string;
  first_seen_ns: bigint;
  last_seen_ns: bigint;
  series_count: bigint;
};

const resourceField = (name: string): SqlFragment => {
  if (!isResourceField(name)) {
    throw new QueryError(`resources can only be matched on ${RESOURCE_FIELDS.join(', ')}`);
  }

  return { sql: `r.${name}`, params: [] };
};

const resourceWhere = (filters: ResourceFilters): SqlFragment => {
  const parts: SqlFragment[] = [];
  for (const field of ['paradigm', 'platform', 'tenant'] as const) {
    const value = filters[field];
    if (value !== undefined)
      parts.push({ sql: `r.${field} = ?`, params: [requireString(field, value)] });
  }
  for (const [name, value] of Object.entries(filters.matchers ?? {})) {
    parts.push(matcherCondition(name, value, resourceField));
  }
  if (filters.seenSinceNs !== undefined) {
    parts.push({ sql: 'r.last_seen_ns >= ?', params: [filters.seenSinceNs] });
  }

  return {
    sql: parts.length === 0 ? '1' : parts.map((part) => part.sql).join(' AND '),
    params: parts.flatMap((part) => part.params),
  };
};

/** The fleet inventory: resources with their identity, first/last sighting and series count. */
export const listResources = (
  db: Database.Database,
  filters: ResourceFilters = {},
): ResourceInfo[] => {
  const where = resourceWhere(filters);
  const limit = checkLimit(filters.limit, 1_000, 10_000);
  const rows = db
    .prepare<unknown[], ResourceRow>(
      `SELECT r.id, ${RESOURCE_FIELDS.map((field) => `r.${field}`).join(', ')}, r.attributes, ` +
        'r.first_seen_ns, r.last_seen_ns, ' +
        '(SELECT count(*) FROM series s WHERE s.resource_id = r.id) AS series_count ' +
        `FROM resource r WHERE ${where.sql} ORDER BY r.paradigm, r.platform, r.id LIMIT ?`,
    )
    .safeIntegers(true)
    .all([...where.params, limit]);

  return rows.map((row) => ({
    id: Number(row.id),
    tenant: row.tenant,
    paradigm: row.paradigm,
    platform: row.platform,
    cluster: row.cluster,
    node: row.node,
    namespace: row.namespace,
    workload: row.workload,
    instance: row.instance,
    attributes: parseObject(row.attributes),
    firstSeenNs: row.first_seen_ns,
    lastSeenNs: row.last_seen_ns,
    seriesCount: Number(row.series_count),
  }));
};

const parseObject = (text: string): Record<string, unknown> => {
  const parsed: unknown = JSON.parse(text);

  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
};

export type CountResourcesOptions = {
  /** End of the window; defaults to now. */
  atNs?: bigint;
  /** Window length; default 1 hour (last_seen_ns is refreshed about once a minute). */
  windowNs?: bigint;
  tenant?: string;
};

export type ResourceCount = { value: string | null; count: number };

/**
 * Resources seen during [atNs - windowNs, atNs] (first seen by its end, last seen after its
 * start) per paradigm or platform, largest first. Evaluated at several atNs, this gives the
 * adoption share of each paradigm over time.
 */
export const countResourcesBy = (
  db: Database.Database,
  field: 'paradigm' | 'platform',
  options: CountResourcesOptions = {},
): ResourceCount[] => {
  if (field !== 'paradigm' && field !== 'platform') {
    throw new QueryError('resources can be counted by paradigm or platform');
  }
  const atNs = options.atNs ?? nowNs();
  const windowNs = options.windowNs ?? NS_PER_HOUR;
  if (windowNs < 0n) throw new QueryError('windowNs must not be negative');
  const tenant = options.tenant === undefined ? [] : [requireString('tenant', options.tenant)];
  const rows = db
    .prepare<unknown[], { value: string | null; count: bigint }>(
      `SELECT r.${field} AS value, count(*) AS count FROM resource r ` +
        'WHERE r.first_seen_ns <= ? AND r.last_seen_ns >= ?' +
        (tenant.length > 0 ? ' AND r.tenant = ?' : '') +
        ` GROUP BY r.${field} ORDER BY count DESC, value`,
    )
    .safeIntegers(true)
    .all([atNs, atNs - windowNs, ...tenant]);

  return rows.map((row) => ({ value: row.value, count: Number(row.count) }));
};
