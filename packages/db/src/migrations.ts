import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type LocalMigration = {
  /** Directory name, e.g. `20261127083418_init`; also the Prisma migration name. */
  name: string;
  sql: string;
  /** sha256 hex of the file bytes, as Prisma records it. */
  checksum: string;
};

/** Migration directories in the order Prisma applies them (lexicographic by timestamp prefix). */
export const listLocalMigrations = (migrationsDir: string): LocalMigration[] => {
  if (!fs.existsSync(migrationsDir)) {
    throw new Error(`migrations directory not found: ${migrationsDir}`);
  }

  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      if (!fs.existsSync(file)) return [];
      const bytes = fs.readFileSync(file);

      return [{ name, sql: bytes.toString('utf8'), checksum: sha256Hex(bytes) }];
    });
};

export const sha256Hex = (data: Buffer | string): string =>
  createHash('sha256').update(data).digest('hex');

/**
 * Prisma accepts a checksum computed with either line ending, so a CRLF checkout of the same
 * migration is not reported as modified; do the same.
 */
export const checksumMatches = (migration: LocalMigration, recorded: string): boolean =>
  recorded === migration.checksum ||
  recorded === sha256Hex(migration.sql.replace(/\r\n/g, '\n')) ||
  recorded === sha256Hex(migration.sql.replace(/\r?\n/g, '\r\n'));
