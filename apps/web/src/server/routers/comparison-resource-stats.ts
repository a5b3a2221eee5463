import { queryRange } from '@fleetlens/db/query';
import type { Agg, SeriesFilters } from '@fleetlens/db/query';
import type Database from 'better-sqlite3';

/** The window the measures cover, with the step its rates and averages are read at. */
export type StatsWindow = { fromNs: bigint; toNs: bigint; stepNs: bigint };

/** One resource's totals and averages over the window; null where it reports no such KPI. */
export type ResourceStats = {
  id: number;
  paradigm: string;
  platform: string;
  workload: string | null;
  node: string | null;
  instance: string | null;
  /** memory_bytes, time-averaged. */
  memoryBytes: number | null;
  /** instances gauge, time-averaged: how many instances the memory is spread over. */
  instances: number | null;
  /** cpu_seconds_total increase. */
  cpuSeconds: number | null;
  /** requests_total increase. */
  requests: number | null;
  /** Served models (requests_total's model label) with requests in the window. */
  models: string[];
  /** energy_joules_total increase per GPU (label gpu). */
  energyByGpu: Record<string, number>;
  /** gpu_memory_used_bytes, time-averaged, per GPU. */
  gpuMemoryByGpu: Record<string, number>;
  /** tokens_total increase, prompt and generated. */
  tokens: number | null;
};

type KpiRead = { agg: Agg; by?: string };

/** How each KPI is read: gauges averaged over time, counters as their increase. */
const READS: Record<string, KpiRead> = {
  memory_bytes: { agg: 'avg' },
  instances: { agg: 'avg' },
  cpu_seconds_total: { agg: 'rate' },
  requests_total: { agg: 'rate' },
  energy_joules_total: { agg: 'rate', by: 'gpu' },
  gpu_memory_used_bytes: { agg: 'avg', by: 'gpu' },
  tokens_total: { agg: 'rate' },
};
const KPIS = Object.keys(READS);

/** Model servers' requests are read per model: GPU memory is shared by the models loaded. */
const readOf = (kpi: string, paradigm: string | null): KpiRead | undefined =>
  kpi === 'requests_total' && paradigm === 'ai_ml' ? { agg: 'rate', by: 'model' } : READS[kpi];

/** Caps the per-resource reads of one request; the answer says when it was reached. */
export const MAX_RESOURCES = 2000;

type ResourceKpiRow = {
  kpi: string;
  id: number;
  tenant: string | null;
  paradigm: string | null;
  platform: string | null;
  cluster: string | null;
  node: string | null;
  namespace: string | null;
  workload: string | null;
  instance: string | null;
  /** 1 when the resource was seen since the window's start. */
  recent: number;
};

/** Every (KPI, resource) pair of the KPIs above, flagged when seen since fromNs. */
const resourceKpis = (db: Database.Database, fromNs: bigint): ResourceKpiRow[] =>
  db
    .prepare<unknown[], ResourceKpiRow>(
      'SELECT DISTINCT s.kpi, r.id, r.tenant, r.paradigm, r.platform, r.cluster, r.node, ' +
        'r.namespace, r.workload, r.instance, r.last_seen_ns >= ? AS recent ' +
        'FROM series s JOIN resource r ON r.id = s.resource_id ' +
        `WHERE s.kpi IN (${KPIS.map(() => '?').join(', ')}) ORDER BY r.id`,
    )
    .safeIntegers(false)
    .all([fromNs, ...KPIS]);

/**
 * Filters that select exactly one resource: every identity field, a missing one matched as
 * empty (the query engine's Prometheus convention).
 */
const filtersOf = (row: ResourceKpiRow): SeriesFilters => ({
  paradigm: row.paradigm ?? '',
  platform: row.platform ?? '',
  matchers: {
    tenant: row.tenant ?? '',
    cluster: row.cluster ?? '',
    node: row.node ?? '',
    namespace: row.namespace ?? '',
    workload: row.workload ?? '',
    instance: row.instance ?? '',
  },
});

/** Per group of `by`: the increase of a counter, the time average of a gauge. */
const windowValues = (
  db: Database.Database,
  kpi: string,
  agg: Agg,
  by: string | undefined,
  filters: SeriesFilters,
  window: StatsWindow,
): Map<string, number> => {
  const result = queryRange(db, {
    kpi,
    agg,
    by,
    fromNs: window.fromNs,
    toNs: window.toNs,
    stepNs: window.stepNs,
    filters,
  });
  const stepSeconds = Number(window.stepNs) / 1e9;
  const values = new Map<string, number>();
  for (const series of result.series) {
    const finite = series.points.map(([, value]) => value).filter(Number.isFinite);
    if (finite.length === 0) continue;
    const key = by === undefined ? '' : (series.group[by] ?? '');
    const total = finite.reduce((sum, value) => sum + value, 0);
    values.set(key, agg === 'rate' ? total * stepSeconds : total / finite.length);
  }

  return values;
};

/** Identity fields that can tell a platform's resources apart, most specific first. */
const DISTINGUISHING = ['instance', 'workload', 'node', 'namespace', 'cluster'] as const;

/** The first field whose values are present and distinct across all these resources. */
const distinguishingField = (rows: readonly ResourceKpiRow[]) =>
  DISTINGUISHING.find((field) => {
    const values = rows.map((row) => row[field]);
    return values.every((value) => value !== null) && new Set(values).size === values.length;
  });

/**
 * Reads one KPI for a platform's resources. When a resource field tells them apart, one
 * query grouped by it serves them all; otherwise (or when the KPI is split by a label) each
 * resource is read on its own with filters on every identity field, so a value is never
 * credited to a resource that merely shares a label value.
 */
const readPlatformKpi = (
  db: Database.Database,
  rows: readonly ResourceKpiRow[],
  read: KpiRead,
  window: StatsWindow,
): Map<number, Map<string, number>> => {
  const recent = rows.filter((row) => row.recent === 1);
  const first = recent[0];
  const values = new Map<number, Map<string, number>>();
  if (first === undefined) return values;
  const field = read.by === undefined ? distinguishingField(rows) : undefined;
  if (field === undefined) {
    for (const row of recent) {
      values.set(row.id, windowValues(db, row.kpi, read.agg, read.by, filtersOf(row), window));
    }
    return values;
  }
  const filters = { paradigm: first.paradigm ?? '', platform: first.platform ?? '' };
  const grouped = windowValues(db, first.kpi, read.agg, field, filters, window);
  for (const row of recent) {
    const value = grouped.get(row[field] ?? '');
    if (value !== undefined) values.set(row.id, new Map([['', value]]));
  }

  return values;
};

const sumOf = (values: Map<string, number>): number | null =>
  values.size === 0 ? null : [...values.values()].reduce((sum, value) => sum + value, 0);

const newStats = (row: ResourceKpiRow): ResourceStats => ({
  id: row.id,
  paradigm: row.paradigm ?? 'unknown',
  platform: row.platform ?? 'unknown',
  workload: row.workload,
  node: row.node,
  instance: row.instance,
  memoryBytes: null,
  instances: null,
  cpuSeconds: null,
  requests: null,
  models: [],
  energyByGpu: {},
  gpuMemoryByGpu: {},
  tokens: null,
});

/** Keys series without a GPU label by their resource, so two such GPUs never merge. */
const byGpu = (values: Map<string, number>, resourceId: number): Record<string, number> =>
  Object.fromEntries(
    [...values].map(([gpu, value]) => [gpu === '' ? `resource:${resourceId}` : gpu, value]),
  );

const apply = (stats: ResourceStats, kpi: string, values: Map<string, number>): void => {
  switch (kpi) {
    case 'memory_bytes':
      stats.memoryBytes = sumOf(values);
      break;
    case 'instances':
      stats.instances = sumOf(values);
      break;
    case 'cpu_seconds_total':
      stats.cpuSeconds = sumOf(values);
      break;
    case 'requests_total':
      stats.requests = sumOf(values);
      stats.models = [...values]
        .filter(([model, increase]) => model !== '' && increase > 0)
        .map(([model]) => model);
      break;
    case 'energy_joules_total':
      stats.energyByGpu = byGpu(values, stats.id);
      break;
    case 'gpu_memory_used_bytes':
      stats.gpuMemoryByGpu = byGpu(values, stats.id);
      break;
    case 'tokens_total':
      stats.tokens = sumOf(values);
      break;
  }
};

/** Window statistics per resource that reported any of the KPIs above. */
export const readResourceStats = (
  db: Database.Database,
  window: StatsWindow,
): { stats: ResourceStats[]; truncated: boolean } => {
  const rows = resourceKpis(db, window.fromNs);
  const byId = new Map<number, ResourceStats>();
  let truncated = false;
  for (const row of rows) {
    if (row.recent !== 1 || byId.has(row.id)) continue;
    if (byId.size >= MAX_RESOURCES) {
      truncated = true;
      break;
    }
    byId.set(row.id, newStats(row));
  }
  const platforms = new Map<string, ResourceKpiRow[]>();
  for (const row of rows) {
    const key = JSON.stringify([row.kpi, row.paradigm, row.platform]);
    platforms.set(key, [...(platforms.get(key) ?? []), row]);
  }
  for (const platformRows of platforms.values()) {
    const kpi = platformRows[0]?.kpi ?? '';
    const read = readOf(kpi, platformRows[0]?.paradigm ?? null);
    if (read === undefined) continue;
    for (const [id, values] of readPlatformKpi(db, platformRows, read, window)) {
      const stats = byId.get(id);
      if (stats !== undefined) apply(stats, kpi, values);
    }
  }

  return { stats: [...byId.values()].filter(hasData), truncated };
};

const hasData = (stats: ResourceStats): boolean =>
  stats.memoryBytes !== null ||
  stats.instances !== null ||
  stats.cpuSeconds !== null ||
  stats.requests !== null ||
  stats.tokens !== null ||
  Object.keys(stats.energyByGpu).length > 0 ||
  Object.keys(stats.gpuMemoryByGpu).length > 0;
