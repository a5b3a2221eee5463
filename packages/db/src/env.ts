/**
 * The only place this package reads `process.env`. Values are read when called (not at import)
 * so tests and CLIs can set them first.
 */
export type DbEnv = {
  /** `file:<path>` (relative to the repo root, or absolute) or `postgresql://…`. */
  databaseUrl: string | undefined;
  /** SQLite `synchronous` level: FULL (default) or NORMAL. */
  sqliteSynchronous: string | undefined;
  /** SQLite `busy_timeout` in milliseconds. */
  sqliteBusyTimeoutMs: string | undefined;
};

export const readDbEnv = (): DbEnv => ({
  databaseUrl: nonEmpty(process.env.DATABASE_URL),
  sqliteSynchronous: nonEmpty(process.env.SQLITE_SYNCHRONOUS),
  sqliteBusyTimeoutMs: nonEmpty(process.env.SQLITE_BUSY_TIMEOUT_MS),
});

/**
 * Environment for child processes that run the Prisma CLI: pointing the native engine
 * variables at an existing file stops the CLI from downloading engines, so it works offline.
 */
export const prismaCliEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false',
  PRISMA_QUERY_ENGINE_LIBRARY: '/bin/false',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
});

const nonEmpty = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();
