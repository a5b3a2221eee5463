import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { migrateDatabase } from './migrate.ts';
import { listLocalMigrations, sha256Hex } from './migrations.ts';
import { openSqlite } from './sqlite.ts';
import { createTempDir } from './test-utils/temp-db.ts';
import type { TempDir } from './test-utils/temp-db.ts';
import { MIGRATIONS_DIR } from './url.ts';

type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: string | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: string | null;
  started_at: string;
  applied_steps_count: bigint;
};

const readMigrationRows = (file: string): MigrationRow[] => {
  const db = openSqlite(file, { readonly: true });
  try {
    return db
      .prepare<[], MigrationRow>('SELECT * FROM _prisma_migrations ORDER BY migration_name')
      .all();
  } finally {
    db.close();
  }
};

const tableNames = (file: string): string[] => {
  const db = openSqlite(file, { readonly: true });
  try {
    return db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => row.name);
  } finally {
    db.close();
  }
};

/** A copy of the committed migrations that a test may extend. */
const copyMigrations = (temp: TempDir): string => {
  const dir = path.join(temp.dir, 'migrations');
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });

  return dir;
};

const addMigration = (dir: string, name: string, sql: string): void => {
  fs.mkdirSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
};

describe('migrateDatabase', () => {
  let temp: TempDir;

  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => temp.remove());

  it('creates the store from nothing, including a missing data directory', () => {
    const url = `file:${path.join(temp.dir, 'nested', 'data', 'store.db')}`;
    const result = migrateDatabase(url);
    const local = listLocalMigrations(MIGRATIONS_DIR);

    expect(result.applied).toEqual(local.map((migration) => migration.name));
    expect(tableNames(result.path)).toEqual(
      expect.arrayContaining(['_prisma_migrations', 'resource', 'series', 'sample', 'event']),
    );
    const db = openSqlite(result.path, { readonly: true });
    const tableSql = db.prepare<[string], { sql: string }>(
      'SELECT sql FROM sqlite_master WHERE name = ?',
    );
    const clustered = ['sample', 'histogram_sample'].map((name) => tableSql.get(name)?.sql);
    db.close();
    for (const sql of clustered) expect(sql).toMatch(/WITHOUT ROWID$/);
  });

  it('records migrations the way Prisma does', () => {
    migrateDatabase(temp.url);
    const [row] = readMigrationRows(temp.file);
    const [local] = listLocalMigrations(MIGRATIONS_DIR);
    const file = path.join(MIGRATIONS_DIR, local?.name ?? '', 'migration.sql');

    expect(row?.migration_name).toBe(local?.name);
    expect(row?.checksum).toBe(sha256Hex(fs.readFileSync(file)));
    expect(row?.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(row?.finished_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    expect(row?.started_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    expect(row?.applied_steps_count).toBe(1n);
    expect(row?.rolled_back_at).toBeNull();
  });

  it('is idempotent', () => {
    migrateDatabase(temp.url);
    const before = readMigrationRows(temp.file);

    expect(migrateDatabase(temp.url).applied).toEqual([]);
    expect(readMigrationRows(temp.file)).toEqual(before);
  });

  it('applies only the new migration on the next start', () => {
    const dir = copyMigrations(temp);
    migrateDatabase(temp.url, { migrationsDir: dir });
    addMigration(dir, '99990101000000_add_note', 'ALTER TABLE "series" ADD COLUMN "note" TEXT;\n');

    expect(migrateDatabase(temp.url, { migrationsDir: dir }).applied).toEqual([
      '99990101000000_add_note',
    ]);
    expect(readMigrationRows(temp.file)).toHaveLength(listLocalMigrations(dir).length);
  });

  it('rolls a failing migration back completely and records nothing', () => {
    const dir = copyMigrations(temp);
    migrateDatabase(temp.url, { migrationsDir: dir });
    addMigration(
      dir,
      '99990101000000_broken',
      'CREATE TABLE "half_done" ("id" INTEGER);\nINSERT INTO "no_such_table" VALUES (1);\n',
    );

    expect(() => migrateDatabase(temp.url, { migrationsDir: dir })).toThrow(/no_such_table/);
    expect(tableNames(temp.file)).not.toContain('half_done');
    expect(readMigrationRows(temp.file)).toHaveLength(listLocalMigrations(dir).length - 1);
  });

  it('refuses a migration that changed after it was applied', () => {
    const dir = copyMigrations(temp);
    migrateDatabase(temp.url, { migrationsDir: dir });
    const [local] = listLocalMigrations(dir);
    fs.appendFileSync(path.join(dir, local?.name ?? '', 'migration.sql'), '\n-- edited\n');

    expect(() => migrateDatabase(temp.url, { migrationsDir: dir })).toThrow(/modified/);
  });

  it('accepts the same migration checked out with CRLF line endings', () => {
    const dir = copyMigrations(temp);
    migrateDatabase(temp.url, { migrationsDir: dir });
    const [local] = listLocalMigrations(dir);
    const file = path.join(dir, local?.name ?? '', 'migration.sql');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));

    expect(migrateDatabase(temp.url, { migrationsDir: dir }).applied).toEqual([]);
  });

  it('keeps child rows when a migration redefines a parent table', () => {
    const dir = copyMigrations(temp);
    migrateDatabase(temp.url, { migrationsDir: dir });
    const db = openSqlite(temp.file);
    db.exec(
      "INSERT INTO resource (id, fingerprint, first_seen_ns, last_seen_ns) VALUES (1, 'r', 0, 0);" +
        "INSERT INTO series (id, fingerprint, kpi, resource_id, unit, kind) VALUES (1, 's', 'k', 1, 'u', 'gauge');" +
        'INSERT INTO sample (series_id, ts, value) VALUES (1, 1, 1.0);',
    );
    db.close();
    // The shape Prisma generates for SQLite table changes: copy, drop, rename.
    addMigration(
      dir,
      '99990101000000_redefine_series',
      [
        'PRAGMA defer_foreign_keys=ON;',
        'PRAGMA foreign_keys=OFF;',
        'CREATE TABLE "new_series" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "fingerprint" TEXT NOT NULL, "kpi" TEXT NOT NULL, "resource_id" INTEGER NOT NULL, "labels" TEXT NOT NULL DEFAULT \'{}\', "unit" TEXT NOT NULL, "kind" TEXT NOT NULL, "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, CONSTRAINT "series_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE);',
        'INSERT INTO "new_series" SELECT * FROM "series";',
        'DROP TABLE "series";',
        'ALTER TABLE "new_series" RENAME TO "series";',
        'PRAGMA foreign_keys=ON;',
        'PRAGMA defer_foreign_keys=OFF;',
        '',
      ].join('\n'),
    );

    migrateDatabase(temp.url, { migrationsDir: dir });
    const after = openSqlite(temp.file);
    const samples = after.prepare<[], { n: bigint }>('SELECT count(*) AS n FROM sample').get();
    const foreignKeys = after.pragma('foreign_keys', { simple: true });
    after.close();
    expect(samples?.n).toBe(1n);
    expect(foreignKeys).toBe(1n);
  });

  it('names PostgreSQL as not supported yet', () => {
    expect(() => migrateDatabase('postgresql://user:secret@localhost/fleetlens')).toThrow(
      /PostgreSQL.*not support/,
    );
  });
});
