import type Database from 'better-sqlite3';

/** When a resource's telemetry starts and ends, by the data's own timestamps. */
export type ResourceSpan = {
  paradigm: string;
  workload: string | null;
  firstNs: bigint;
  lastNs: bigint;
};

type SpanRow = {
  resourceId: bigint;
  paradigm: string | null;
  workload: string | null;
  /** Oldest and newest timestamp per source, null where the source has none. */
  bounds: (bigint | null)[];
};

// Each bound is a primary-key seek per series (min/max over (series_id, ts)), so the cost
// grows with the number of series, not of samples. Raw samples go after 15 days and 1-minute
// rollups after 90; hourly rollups keep the older history.
const SERIES_BOUNDS = [
  ['sample', 'ts'],
  ['histogram_sample', 'ts'],
  ['summary_sample', 'ts'],
  ['rollup_1m', 'bucket_start_ns'],
  ['rollup_1h', 'bucket_start_ns'],
] as const;

const seriesBounds = SERIES_BOUNDS.flatMap(([table, column]) =>
  (['min', 'max'] as const).map(
    (fn) => `(SELECT ${fn}(${column}) FROM ${table} WHERE series_id = s.id)`,
  ),
);

const SERIES_SPANS =
  `SELECT s.resource_id, r.paradigm, r.workload, ${seriesBounds.join(', ')} ` +
  'FROM series s JOIN resource r ON r.id = s.resource_id WHERE r.last_seen_ns >= ?';

const EVENT_SPANS =
  'SELECT r.id, r.paradigm, r.workload, ' +
  '(SELECT min(ts) FROM event WHERE resource_id = r.id), ' +
  '(SELECT max(ts) FROM event WHERE resource_id = r.id) ' +
  'FROM resource r WHERE r.last_seen_ns >= ?';

type RawRow = [bigint, string | null, string | null, ...(bigint | null)[]];

const readRows = (db: Database.Database, sql: string, sinceNs: bigint): SpanRow[] =>
  db
    .prepare<[bigint], RawRow>(sql)
    .raw(true)
    .safeIntegers(true)
    .all(sinceNs)
    .map(([resourceId, paradigm, workload, ...bounds]) => ({
      resourceId,
      paradigm,
      workload,
      bounds,
    }));

const minOf = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const maxOf = (a: bigint, b: bigint): bigint => (a > b ? a : b);

const present = (values: (bigint | null)[]): bigint[] =>
  values.filter((value): value is bigint => value !== null);

/**
 * The span of each resource's data: from its oldest to its newest sample, rollup row or
 * event. A resource's first_seen/last_seen are arrival times, which for backfilled history
 * (or a collector that started late) say nothing about when the resource ran; the data's
 * timestamps do. Resources last heard of before `sinceNs` cannot reach into the window.
 */
export const readResourceSpans = (db: Database.Database, sinceNs: bigint): ResourceSpan[] => {
  const spans = new Map<bigint, ResourceSpan>();
  const merge = (row: SpanRow): void => {
    // The sources differ only in retention and resolution: the widest bounds win.
    const bounds = present(row.bounds);
    if (bounds.length === 0) return;
    const firstNs = bounds.reduce(minOf);
    const lastNs = bounds.reduce(maxOf);
    const current = spans.get(row.resourceId);
    spans.set(
      row.resourceId,
      current === undefined
        ? {
            paradigm: row.paradigm ?? 'unknown',
            workload: row.workload,
            firstNs,
            lastNs,
          }
        : {
            ...current,
            firstNs: minOf(current.firstNs, firstNs),
            lastNs: maxOf(current.lastNs, lastNs),
          },
    );
  };
  for (const sql of [SERIES_SPANS, EVENT_SPANS]) {
    readRows(db, sql, sinceNs).forEach(merge);
  }

  return [...spans.values()];
};
