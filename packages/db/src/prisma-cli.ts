import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

import { prismaCliEnv } from './env.ts';
import { REPO_ROOT } from './url.ts';

export const PACKAGE_DIR = path.join(REPO_ROOT, 'packages', 'db');
export const SCHEMA_PATH = path.join(REPO_ROOT, 'prisma', 'schema.prisma');

export type PrismaRun = { status: number; stdout: string; stderr: string };

/**
 * Runs the Prisma CLI offline from this package (where prisma.config.ts lives) against the
 * SQLite file in `databaseUrl`. The JS schema engine opens that file even for commands that
 * do not need a database, so callers pass a scratch file.
 */
export const runPrisma = (args: readonly string[], databaseUrl: string): PrismaRun => {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: PACKAGE_DIR,
    env: { ...prismaCliEnv(), DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error !== undefined) throw result.error;

  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
};
