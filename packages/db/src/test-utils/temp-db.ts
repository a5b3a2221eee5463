import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type Database from 'better-sqlite3';

import { migrateDatabase } from '../migrate.ts';
import { openSqlite } from '../sqlite.ts';
import { createSeriesResolver } from '../write/series.ts';

export type TempDir = { dir: string; file: string; url: string; remove: () => void };

/** A fresh directory under the OS temp dir with a database path in it (not created yet). */
export const createTempDir = (prefix = 'fleetlens-db-'): TempDir => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, 'store.db');

  return {
    dir,
    file,
    url: `file:${file}`,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};

/** A migrated file-backed store with one raw connection; `remove` closes and deletes it. */
export const createMigratedSqlite = (): TempDir & { sqlite: Database.Database } => {
  const temp = createTempDir();
  migrateDatabase(temp.url);
  const sqlite = openSqlite(temp.file);

  return {
    ...temp,
    sqlite,
    remove: () => {
      if (sqlite.open) sqlite.close();
      temp.remove();
    },
  };
};

/** Creates `count` gauge series on distinct resources and returns their ids. */
export const createTestSeries = (sqlite: Database.Database, count: number): number[] =>
  createSeriesResolver(sqlite).resolve(
    Array.from({ length: count }, (_, i) => ({
      kpi: 'memory_bytes',
      unit: 'bytes',
      kind: 'gauge',
      resource: { platform: 'kubernetes', cluster: 'test', instance: `pod-${i}` },
    })),
    1n,
  );
