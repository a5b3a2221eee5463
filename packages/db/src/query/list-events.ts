import type Database from 'better-sqlite3';

import { QueryError } from './errors.ts';
import { checkLimit } from './list-series.ts';
import { requireString } from './series-filter.ts';

export type ListEventsParams = {
  /** 'cold_start' | 'invocation' | 'quantum_job' */
  type: string;
  platform?: string;
  fromNs: bigint;
  toNs: bigint;
  /** Default 100, at most 10,000. */
  limit?: number;
};

export type EventInfo = {
  id: number;
  type: string;
  resourceId: number;
  platform: string;
  paradigm: string;
  tsNs: bigint;
  durationSeconds: number | null;
  cold: boolean | null;
  error: boolean | null;
  status: string | null;
  shots: number | null;
  queueSeconds: number | null;
  runSeconds: number | null;
  attributes: Record<string, string>;
};

type EventRow = {
  id: bigint;
  type: string;
  resource_id: bigint;
  platform: string;
  paradigm: string;
  ts: bigint;
  duration_seconds: number | null;
  cold: bigint | null;
  error: bigint | null;
  status: string | null;
  shots: bigint | null;
  queue_seconds: number | null;
  run_seconds: number | null;
  attributes: string;
};

const flag = (value: bigint | null): boolean | null => (value === null ? null : value !== 0n);

/** Events of one type with fromNs <= ts <= toNs, newest first. */
export const listEvents = (db: Database.Database, params: ListEventsParams): EventInfo[] => {
  const type = requireString('type', params.type);
  if (typeof params.fromNs !== 'bigint' || typeof params.toNs !== 'bigint') {
    throw new QueryError('fromNs and toNs must be bigint nanoseconds');
  }
  const platform =
    params.platform === undefined ? [] : [requireString('platform', params.platform)];
  const limit = checkLimit(params.limit, 100, 10_000);
  const rows = db
    .prepare<unknown[], EventRow>(
      'SELECT id, type, resource_id, platform, paradigm, ts, duration_seconds, cold, error, ' +
        'status, shots, queue_seconds, run_seconds, attributes FROM event ' +
        `WHERE type = ?${platform.length > 0 ? ' AND platform = ?' : ''} AND ts >= ? AND ts <= ? ` +
        'ORDER BY ts DESC, id DESC LIMIT ?',
    )
    .safeIntegers(true)
    .all([type, ...platform, params.fromNs, params.toNs, limit]);

  return rows.map((row) => ({
    id: Number(row.id),
    type: row.type,
    resourceId: Number(row.resource_id),
    platform: row.platform,
    paradigm: row.paradigm,
    tsNs: row.ts,
    durationSeconds: row.duration_seconds,
    cold: flag(row.cold),
    error: flag(row.error),
    status: row.status,
    shots: row.shots === null ? null : Number(row.shots),
    queueSeconds: row.queue_seconds,
    runSeconds: row.run_seconds,
    attributes: JSON.parse(row.attributes) as Record<string, string>,
  }));
};
