import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type Database from 'better-sqlite3';

import type { ResourceIdentity } from '../../fingerprint.ts';
import { ROLLUP_DIRTY_DDL, createDirtyHourMarker } from '../../maintenance/dirty-hours.ts';
import { migrateDatabase } from '../../migrate.ts';
import { openSqlite } from '../../sqlite.ts';
import { createSampleWriter } from '../../write/samples.ts';
import type { SampleRow } from '../../write/samples.ts';
import { createSeriesResolver } from '../../write/series.ts';
import type { SeriesKey } from '../../write/series.ts';
import { NS_PER_HOUR, NS_PER_SECOND, floorTo } from '../time.ts';

/** An hour-aligned instant (2023-11-14T22:00:00Z) that test data hangs off. */
export const T0 = floorTo(1_700_000_000_000_000_000n, NS_PER_HOUR);

export const sec = (seconds: number): bigint => BigInt(seconds) * NS_PER_SECOND;

export type TestStore = {
  db: Database.Database;
  file: string;
  /** Series ids for the keys, created on first use. */
  series: (...keys: SeriesKey[]) => number[];
  /** Writes through the real sample writer and marks the touched hours dirty. */
  write: (rows: SampleRow[]) => void;
  resourceId: (identity: ResourceIdentity) => number;
  close: () => void;
};

/** A migrated SQLite file in a fresh temp directory, plus the real writers. */
export const createTestStore = (): TestStore => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetlens-query-'));
  const file = path.join(dir, 'test.db');
  migrateDatabase(`file:${file}`);
  const db = openSqlite(file);
  db.exec(ROLLUP_DIRTY_DDL);
  const resolver = createSeriesResolver(db);
  const writer = createSampleWriter(db);
  const mark = createDirtyHourMarker(db);
  const write = db.transaction((rows: SampleRow[]) => {
    writer.writeSamples(rows);
    mark(rows.map((row) => row.ts));
  });

  return {
    db,
    file,
    series: (...keys) => resolver.resolve(keys, T0),
    write: (rows) => write.immediate(rows),
    resourceId: (identity) => {
      const [id] = resolver.resolve(
        [{ kpi: 'up', unit: 'ratio', kind: 'gauge', resource: identity }],
        T0,
      );
      const row = db
        .prepare<[number], { resourceId: bigint }>(
          'SELECT resource_id AS resourceId FROM series WHERE id = ?',
        )
        .get(id ?? 0);
      if (row === undefined) throw new Error('resource not created');

      return Number(row.resourceId);
    },
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};

export const gauge = (
  kpi: string,
  resource: ResourceIdentity,
  labels: Record<string, string> = {},
): SeriesKey => ({ kpi, unit: 'count', kind: 'gauge', resource, labels });

export const counter = (
  kpi: string,
  resource: ResourceIdentity,
  labels: Record<string, string> = {},
): SeriesKey => ({ kpi, unit: 'count', kind: 'counter', resource, labels });

export type TestEvent = {
  type: 'cold_start' | 'invocation' | 'quantum_job';
  resourceId: number;
  platform: string;
  paradigm: string;
  ts: bigint;
  durationSeconds?: number;
  cold?: boolean;
  error?: boolean;
  status?: string;
  queueSeconds?: number;
  runSeconds?: number;
  attributes?: Record<string, string>;
};

let eventCounter = 0;

/** Inserts events as the event writer stores them (booleans as 0/1, attributes as JSON). */
export const insertEvents = (db: Database.Database, events: readonly TestEvent[]): void => {
  const insert = db.prepare(
    'INSERT INTO event (type, resource_id, platform, paradigm, ts, duration_seconds, cold, ' +
      'error, status, queue_seconds, run_seconds, attributes, dedup_key) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const bool = (value: boolean | undefined): number | null =>
    value === undefined ? null : value ? 1 : 0;
  db.transaction(() => {
    for (const event of events) {
      insert.run(
        event.type,
        event.resourceId,
        event.platform,
        event.paradigm,
        event.ts,
        event.durationSeconds ?? null,
        bool(event.cold),
        bool(event.error),
        event.status ?? null,
        event.queueSeconds ?? null,
        event.runSeconds ?? null,
        JSON.stringify(event.attributes ?? {}),
        `test-${++eventCounter}`,
      );
    }
  })();
};

export type TestHistogram = {
  seriesId: number;
  ts: bigint;
  bounds: number[];
  /** Non-cumulative per bucket, one more than bounds. */
  counts: number[];
  sum: number;
  temporality?: 'cumulative' | 'delta';
};

export const insertHistograms = (db: Database.Database, points: readonly TestHistogram[]) => {
  const insert = db.prepare(
    'INSERT INTO histogram_sample (series_id, ts, count, sum, bounds, bucket_counts, ' +
      'temporality) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const point of points) {
    insert.run(
      point.seriesId,
      point.ts,
      point.counts.reduce((a, b) => a + b, 0),
      point.sum,
      JSON.stringify(point.bounds),
      JSON.stringify(point.counts),
      point.temporality ?? 'cumulative',
    );
  }
};
