import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { migrateDatabase } from './migrate.ts';
import { listLocalMigrations } from './migrations.ts';
import { diffMigrationsToSchema, keepWithoutRowid } from './migration-diff.ts';
import { runPrisma } from './prisma-cli.ts';
import { openSqlite } from './sqlite.ts';
import { createTempDir } from './test-utils/temp-db.ts';
import type { TempDir } from './test-utils/temp-db.ts';
import { MIGRATIONS_DIR } from './url.ts';

/** These run the real Prisma CLI (offline), so they take seconds, not milliseconds. */
const CLI_TIMEOUT_MS = 60_000;

type Recorded = { name: string; checksum: string; finishedAt: string; steps: bigint };

const recordedMigrations = (file: string): Recorded[] => {
  const db = openSqlite(file, { readonly: true });
  try {
    return db
      .prepare<[], Recorded>(
        'SELECT migration_name AS name, checksum, finished_at AS finishedAt, ' +
          'applied_steps_count AS steps FROM _prisma_migrations ORDER BY migration_name',
      )
      .all();
  } finally {
    db.close();
  }
};

const migrationNames = (file: string): string[] => recordedMigrations(file).map((row) => row.name);

describe('agreement with the Prisma CLI', () => {
  let temp: TempDir;

  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => temp.remove());

  it(
    'prisma migrate deploy finds nothing to apply after migrateDatabase',
    () => {
      const ours = migrateDatabase(temp.url);
      const deploy = runPrisma(['migrate', 'deploy'], temp.url);

      expect(deploy.status).toBe(0);
      expect(deploy.stdout).toMatch(/No pending migrations to apply/);
      expect(migrationNames(temp.file)).toEqual(ours.applied);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'migrateDatabase finds nothing to apply after prisma migrate deploy',
    () => {
      const deploy = runPrisma(['migrate', 'deploy'], temp.url);
      expect(deploy.status).toBe(0);
      const byPrisma = recordedMigrations(temp.file);

      expect(migrateDatabase(temp.url).applied).toEqual([]);
      // `migrate deploy` does not compare checksums, so compare what each side records.
      const other = createTempDir();
      try {
        migrateDatabase(other.url);
        const byUs = recordedMigrations(other.file);
        const shape = (rows: Recorded[]) =>
          rows.map((row) => ({ ...row, finishedAt: row.finishedAt.replace(/\d/g, '0') }));

        expect(byPrisma.length).toBe(listLocalMigrations(MIGRATIONS_DIR).length);
        expect(shape(byUs)).toEqual(shape(byPrisma));
      } finally {
        other.remove();
      }
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'prisma/schema.prisma has no changes missing from the migrations',
    () => {
      expect(diffMigrationsToSchema()).toBeNull();
    },
    CLI_TIMEOUT_MS,
  );
});

describe('keepWithoutRowid', () => {
  it.each(['sample', 'histogram_sample', 'histogram_rollup_1h'])(
    'keeps the %s table clustered when a migration redefines it',
    (table) => {
      const sql = `CREATE TABLE "new_${table}" (\n    "ts" BIGINT NOT NULL\n);\nCREATE TABLE "x" (\n);`;

      expect(keepWithoutRowid(sql)).toBe(
        `CREATE TABLE "new_${table}" (\n    "ts" BIGINT NOT NULL\n) WITHOUT ROWID;\nCREATE TABLE "x" (\n);`,
      );
    },
  );
});
