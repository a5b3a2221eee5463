import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder above this module holding prisma/schema.prisma: the repo root whether
 * this file runs from source (packages/db/src) or bundled into an app's dist/, independent of
 * the process working directory.
 */
const findRepoRoot = (from: string): string => {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'prisma', 'schema.prisma'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no prisma/schema.prisma above ${from}`);
  }
};

export const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

export const DEFAULT_SQLITE_PATH = path.join(REPO_ROOT, 'data', 'fleetlens.db');

export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'prisma', 'migrations');

export type DatabaseTarget =
  { provider: 'sqlite'; path: string; url: string } | { provider: 'postgresql'; url: string };

/**
 * Parses DATABASE_URL. `file:` paths are resolved against the repo root (not the working
 * directory) so every workspace script opens the same file; unset means the embedded default.
 */
export const parseDatabaseUrl = (raw: string | undefined): DatabaseTarget => {
  if (raw === undefined || raw.trim() === '') {
    return { provider: 'sqlite', path: DEFAULT_SQLITE_PATH, url: `file:${DEFAULT_SQLITE_PATH}` };
  }
  const url = raw.trim();
  if (url.startsWith('file:')) {
    const rest = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    const withoutQuery = rest.split('?')[0] ?? '';
    if (withoutQuery === '') {
      throw new Error(`DATABASE_URL "${url}" has no file path`);
    }
    const filePath = path.resolve(REPO_ROOT, withoutQuery);

    return { provider: 'sqlite', path: filePath, url: `file:${filePath}` };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { provider: 'postgresql', url };
  }
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://"; got "${redact(url)}"`,
  );
};

/** The embedded store only runs on SQLite for now; say so clearly instead of failing later. */
export const requireSqlite = (target: DatabaseTarget): { path: string; url: string } => {
  if (target.provider !== 'sqlite') {
    throw new Error(
      'DATABASE_URL points at PostgreSQL, which the embedded store does not support yet; ' +
        'use a file: URL (SQLite) or leave DATABASE_URL unset.',
    );
  }

  return target;
};

/** Hides credentials before a URL reaches an error message or a log. */
const redact = (url: string): string => url.replace(/\/\/[^@/]*@/, '//***@');
