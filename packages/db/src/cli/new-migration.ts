/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/<UTC timestamp>_<name>/migration.sql
 * for the changes in prisma/schema.prisma since the last migration.
 * `npm run -w @fleetlens/db db:migration:check` exits 1 when schema.prisma has changes without a
 * migration (npm swallows a `--check` passed through the root script).
 */
import fs from 'node:fs';
import path from 'node:path';

import { diffMigrationsToSchema } from '../migration-diff.ts';
import { MIGRATIONS_DIR, REPO_ROOT } from '../url.ts';

const arg = process.argv[2];
if (arg === undefined) {
  console.error(
    'usage: npm run db:migration -- <name>   (or: db:migration:check in @fleetlens/db)',
  );
  process.exit(2);
}

const sql = diffMigrationsToSchema();
if (sql === null) {
  console.log('prisma/schema.prisma matches the migrations: nothing to create');
  process.exit(0);
}
if (arg === '--check') {
  console.error('prisma/schema.prisma has changes without a migration:\n');
  console.error(sql);
  process.exit(1);
}

const name = arg
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_+|_+$/g, '');
if (name === '') {
  console.error(`invalid migration name "${arg}"`);
  process.exit(2);
}
const timestamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${timestamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`created ${path.relative(REPO_ROOT, path.join(dir, 'migration.sql'))}`);
console.log(
  'review it, regenerate the client (`npm run -w @fleetlens/db db:generate`), then apply it ' +
    'with `npm run db:create` or by restarting the collector',
);
