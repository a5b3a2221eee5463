import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { migrateDatabase } from './migrate.ts';
import { listLocalMigrations } from './migrations.ts';
import { SCHEMA_PATH, runPrisma } from './prisma-cli.ts';
import { MIGRATIONS_DIR } from './url.ts';

/**
 * SQL that takes a database built from the committed migrations to prisma/schema.prisma; null
 * when they already agree. `prisma migrate diff --from-migrations` needs a shadow database the
 * JS engine cannot provide and `--from-url` is refused with an adapter, so: apply the
 * migrations to a scratch file, introspect it with `db pull`, and diff the two datamodels.
 */
export const diffMigrationsToSchema = (
  migrationsDir: string = MIGRATIONS_DIR,
  schemaPath: string = SCHEMA_PATH,
): string | null => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetlens-migration-'));
  try {
    const scratchUrl = `file:${path.join(dir, 'scratch.db')}`;
    const from = ['--from-empty'];
    if (listLocalMigrations(migrationsDir).length > 0) {
      const built = `file:${path.join(dir, 'built.db')}`;
      migrateDatabase(built, { migrationsDir });
      const pulled = runPrisma(['db', 'pull', '--print'], built);
      if (pulled.status !== 0) throw new Error(`prisma db pull failed:\n${pulled.stderr}`);
      // Prisma prints a datasource warning on stdout before the schema itself.
      const start = pulled.stdout.search(/^(generator|datasource) /m);
      if (start < 0) throw new Error(`prisma db pull printed no schema:\n${pulled.stdout}`);
      const pulledPath = path.join(dir, 'migrated.prisma');
      fs.writeFileSync(pulledPath, pulled.stdout.slice(start));
      from.splice(0, 1, '--from-schema-datamodel', pulledPath);
    }
    const diff = runPrisma(
      ['migrate', 'diff', ...from, '--to-schema-datamodel', schemaPath, '--script', '--exit-code'],
      scratchUrl,
    );
    if (diff.status === 0) return null;
    if (diff.status !== 2) throw new Error(`prisma migrate diff failed:\n${diff.stderr}`);

    return keepWithoutRowid(diff.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/**
 * Prisma does not model WITHOUT ROWID; when a migration redefines "sample",
 * "histogram_sample" or "histogram_rollup_1h" (copy into "new_…", drop, rename), keep their
 * clustered layout.
 */
export const keepWithoutRowid = (sql: string): string =>
  sql.replace(
    /(CREATE TABLE "new_(?:sample|histogram_sample|histogram_rollup_1h)" \([\s\S]*?\n\));/g,
    '$1 WITHOUT ROWID;',
  );
