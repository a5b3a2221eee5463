import { randomUUID } from 'node:crypto';

import type Database from 'better-sqlite3';

import { readDbEnv } from './env.ts';
import { checksumMatches, listLocalMigrations } from './migrations.ts';
import type { LocalMigration } from './migrations.ts';
import { openSqlite } from './sqlite.ts';
import { MIGRATIONS_DIR, parseDatabaseUrl, requireSqlite } from './url.ts';

export type MigrateOptions = { migrationsDir?: string };

export type MigrateResult = { path: string; applied: string[]; total: number };

/** Same table Prisma Migrate creates on SQLite, so `prisma migrate deploy` and this agree. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
};

/**
 * Applies the committed migrations to the SQLite file in `url` (DATABASE_URL or the default
 * when omitted), creating it if needed. Idempotent and cheap when up to date, so the collector
 * runs it on every start without the Prisma CLI.
 */
export const migrateDatabase = (url?: string, options: MigrateOptions = {}): MigrateResult => {
  const target = requireSqlite(parseDatabaseUrl(url ?? readDbEnv().databaseUrl));
  const migrations = listLocalMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  const db = openSqlite(target.path);
  try {
    return {
      path: target.path,
      applied: applyMigrations(db, migrations),
      total: migrations.length,
    };
  } finally {
    db.close();
  }
};

/** Applies pending migrations on an open connection; returns the names applied now. */
export const applyMigrations = (db: Database.Database, migrations: LocalMigration[]): string[] => {
  const hasTable =
    db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get() !== undefined;
  if (!hasTable) db.exec(CREATE_MIGRATIONS_TABLE);
  // Read-only pass first: an up-to-date store is checked without taking the write lock.
  const pending = migrations.filter((migration) => !isApplied(db, migration));

  return pending.filter((migration) => applyOne(db, migration)).map((migration) => migration.name);
};

/** True when recorded as finished; throws on a failed or modified migration, as Prisma does. */
const isApplied = (db: Database.Database, migration: LocalMigration): boolean => {
  const rows = db
    .prepare<[string], AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ' +
        'WHERE migration_name = ? AND rolled_back_at IS NULL',
    )
    .all(migration.name);
  if (rows.some((row) => row.finished_at === null)) {
    throw new Error(
      `migration ${migration.name} is recorded as failed; resolve it with ` +
        '`prisma migrate resolve` before starting',
    );
  }
  const done = rows.find((row) => row.finished_at !== null);
  if (done !== undefined && !checksumMatches(migration, done.checksum)) {
    throw new Error(`migration ${migration.name} was modified after it was applied`);
  }

  return done !== undefined;
};

const applyOne = (db: Database.Database, migration: LocalMigration): boolean => {
  // Foreign keys must be off while a migration redefines tables (Prisma's SQLite migrations
  // copy, drop and rename): DROP TABLE with them on would cascade-delete child rows. The
  // pragma is ignored inside a transaction, so switch it around the transaction and check the
  // result with foreign_key_check before committing.
  const foreignKeys = Number(db.pragma('foreign_keys', { simple: true }));
  db.pragma('foreign_keys = OFF');
  try {
    // IMMEDIATE takes the write lock first, so two processes starting at once serialize here
    // and the second one then sees the migration as applied.
    return db
      .transaction(() => {
        if (isApplied(db, migration)) return false;
        const id = randomUUID();
        db.prepare(
          'INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, ' +
            'applied_steps_count) VALUES (?, ?, ?, ?, 0)',
        ).run(id, migration.checksum, migration.name, prismaTimestamp());
        db.exec(migration.sql);
        const violations = db.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new Error(`migration ${migration.name} leaves foreign key violations`);
        }
        db.prepare(
          'UPDATE _prisma_migrations SET finished_at = ?, applied_steps_count = 1 WHERE id = ?',
        ).run(prismaTimestamp(), id);

        return true;
      })
      .immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys === 1 ? 'ON' : 'OFF'}`);
  }
};

/** The format Prisma's SQLite connector writes: ISO 8601 with milliseconds and `+00:00`. */
const prismaTimestamp = (): string => new Date().toISOString().replace('Z', '+00:00');
