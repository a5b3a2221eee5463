import type { KpiName } from '@fleetlens/schema';
import type Database from 'better-sqlite3';

import type { BucketGrid } from './buckets.ts';
import { isResourceField, labelPath } from './label-name.ts';
import { matcherCondition, requireString } from './series-filter.ts';
import type { FieldResolver, SeriesFilters, SqlFragment } from './series-filter.ts';

/**
 * KPIs whose exact distribution comes from the event table, and how each is derived:
 * - startup_seconds: cold_start events' duration, labelled cold="true";
 * - request_duration_seconds: invocation events' duration, labelled cold and error
 *   ("true"/"false");
 * - job_duration_seconds / job_queue_seconds: quantum_job events' run / queue time, counted
 *   once per job at its final state (completed, failed, cancelled), labelled status (run time
 *   only) and backend (from the event attributes).
 * Other label names read the event's attributes JSON.
 */
type EventSource = {
  type: 'cold_start' | 'invocation' | 'quantum_job';
  value: string;
  where?: string;
  /** Fixed SQL expressions over `event e`; no user input. */
  labels: Record<string, string>;
};

const flag = (column: string): string =>
  `CASE ${column} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END`;
const FINAL = "e.status IN ('completed', 'failed', 'cancelled')";
const BACKEND = "json_extract(e.attributes, '$.backend')";

export const EVENT_SOURCES: Partial<Record<KpiName, EventSource>> = {
  startup_seconds: { type: 'cold_start', value: 'e.duration_seconds', labels: { cold: "'true'" } },
  request_duration_seconds: {
    type: 'invocation',
    value: 'e.duration_seconds',
    labels: { cold: flag('e.cold'), error: flag('e.error') },
  },
  job_duration_seconds: {
    type: 'quantum_job',
    value: 'e.run_seconds',
    where: FINAL,
    labels: { status: 'e.status', backend: BACKEND },
  },
  job_queue_seconds: {
    type: 'quantum_job',
    value: 'e.queue_seconds',
    where: FINAL,
    labels: { backend: BACKEND },
  },
};

export const eventSourceOf = (kpi: string): EventSource | undefined =>
  Object.hasOwn(EVENT_SOURCES, kpi) ? EVENT_SOURCES[kpi as KpiName] : undefined;

/** Resource fields read the event's resource; labels map as documented on EVENT_SOURCES. */
const eventField =
  (source: EventSource): FieldResolver =>
  (name) => {
    if (isResourceField(name)) return { sql: `r.${name}`, params: [] };
    const path = labelPath(name);
    const fixed = Object.hasOwn(source.labels, name) ? source.labels[name] : undefined;

    return fixed === undefined
      ? { sql: 'json_extract(e.attributes, ?)', params: [path] }
      : { sql: fixed, params: [] };
  };

const eventWhere = (
  source: EventSource,
  filters: SeriesFilters,
  fromNs: bigint,
  toNs: bigint,
): SqlFragment => {
  const parts: SqlFragment[] = [
    { sql: 'e.type = ? AND e.ts >= ? AND e.ts <= ?', params: [source.type, fromNs, toNs] },
    { sql: `${source.value} IS NOT NULL`, params: [] },
  ];
  if (source.where !== undefined) parts.push({ sql: source.where, params: [] });
  // The event's own platform and paradigm columns are indexed; tenant lives on the resource.
  if (filters.platform !== undefined) {
    parts.push({ sql: 'e.platform = ?', params: [requireString('platform', filters.platform)] });
  }
  if (filters.paradigm !== undefined) {
    parts.push({ sql: 'e.paradigm = ?', params: [requireString('paradigm', filters.paradigm)] });
  }
  if (filters.tenant !== undefined) {
    parts.push({ sql: 'r.tenant = ?', params: [requireString('tenant', filters.tenant)] });
  }
  for (const [name, value] of Object.entries(filters.matchers ?? {})) {
    parts.push(matcherCondition(name, value, eventField(source)));
  }

  return {
    sql: parts.map((part) => part.sql).join(' AND '),
    params: parts.flatMap((part) => part.params),
  };
};

const FROM = 'FROM event e JOIN resource r ON r.id = e.resource_id';

/** True when at least one event of the KPI matches the filters in [fromNs, toNs]. */
export const hasEvents = (
  db: Database.Database,
  source: EventSource,
  filters: SeriesFilters,
  fromNs: bigint,
  toNs: bigint,
): boolean => {
  const where = eventWhere(source, filters, fromNs, toNs);

  return db.prepare(`SELECT 1 ${FROM} WHERE ${where.sql} LIMIT 1`).get(where.params) !== undefined;
};

/** [bucket index, value, group value] of each matching event inside the grid. */
export type EventRow = [bucket: number, value: number, group: string | null];

export const readEvents = (
  db: Database.Database,
  source: EventSource,
  filters: SeriesFilters,
  grid: BucketGrid,
  by: string | undefined,
): EventRow[] => {
  const where = eventWhere(source, filters, grid.startNs, grid.toNs);
  const group = by === undefined ? { sql: 'NULL', params: [] } : eventField(source)(by);

  return db
    .prepare<unknown[], EventRow>(
      `SELECT (e.ts - ?) / ?, ${source.value}, ${group.sql} ${FROM} WHERE ${where.sql}`,
    )
    .raw(true)
    .safeIntegers(false)
    .all([grid.startNs, grid.stepNs, ...group.params, ...where.params]);
};
