import fs from 'node:fs';
import path from 'node:path';

import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';

import { readDbEnv } from './src/env.ts';
import { REPO_ROOT, parseDatabaseUrl, requireSqlite } from './src/url.ts';

/**
 * Prisma CLI configuration. The JavaScript schema engine and the better-sqlite3 adapter keep
 * every command offline (the native engines cannot be downloaded here). The adapter is only
 * built when a command needs a database, so `prisma generate` needs none.
 */
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(REPO_ROOT, 'prisma', 'schema.prisma'),
  migrations: { path: path.join(REPO_ROOT, 'prisma', 'migrations') },
  adapter: () => {
    const target = requireSqlite(parseDatabaseUrl(readDbEnv().databaseUrl));
    // The engine opens the file even for commands that only diff; a missing directory would
    // otherwise surface as an opaque "External error".
    fs.mkdirSync(path.dirname(target.path), { recursive: true });

    return Promise.resolve(new PrismaBetterSQLite3({ url: target.path }));
  },
});
