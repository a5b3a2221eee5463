import type Database from 'better-sqlite3';

/** One cold start as the regression detector reads it. */
export type ColdStartRow = {
  platform: string;
  tenant: string | null;
  paradigm: string | null;
  cluster: string | null;
  namespace: string | null;
  workload: string | null;
  /** Milliseconds since the epoch. */
  tsMs: number;
  durationSeconds: number;
};

/**
 * Cold starts of one platform with fromNs <= ts < toNs, oldest first. One call per platform keeps every read
 * on the (type, platform, ts) index, so a window costs its own rows and nothing else.
 */
export const createColdStartReader = (db: Database.Database) => {
  const statement = db
    .prepare<[string, bigint, bigint], ColdStartRow>(
      'SELECT e.platform AS platform, r.tenant AS tenant, r.paradigm AS paradigm, ' +
        'r.cluster AS cluster, r.namespace AS namespace, r.workload AS workload, ' +
        'e.ts / 1000000 AS tsMs, e.duration_seconds AS durationSeconds ' +
        'FROM event e JOIN resource r ON r.id = e.resource_id ' +
        "WHERE e.type = 'cold_start' AND e.platform = ? AND e.ts >= ? AND e.ts < ? " +
        'AND e.duration_seconds IS NOT NULL ORDER BY e.ts',
    )
    .safeIntegers(false);

  return (platform: string, fromNs: bigint, toNs: bigint): ColdStartRow[] =>
    toNs <= fromNs ? [] : statement.all(platform, fromNs, toNs);
};

export type ColdStartReader = ReturnType<typeof createColdStartReader>;
