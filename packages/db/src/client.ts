import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type Database from 'better-sqlite3';

import { readDbEnv } from './env.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { connectionPragmas, openSqlite, resolveSqliteSettings } from './sqlite.ts';
import type { SqliteOptions, SqliteSettings } from './sqlite.ts';
import { parseDatabaseUrl, requireSqlite } from './url.ts';

/**
 * The stock adapter opens its connection with SQLite's defaults (foreign keys off,
 * synchronous=NORMAL under WAL); apply the store's pragmas so Prisma writes are as durable and
 * as checked as the raw path's.
 */
class StoreSQLite3Adapter extends PrismaBetterSQLite3 {
  readonly #pragmas: string;

  constructor(url: string, settings: SqliteSettings) {
    super({ url, timeout: settings.busyTimeoutMs });
    this.#pragmas = connectionPragmas(settings);
  }

  override async connect(): ReturnType<PrismaBetterSQLite3['connect']> {
    const adapter = await super.connect();
    await adapter.executeScript(this.#pragmas);

    return adapter;
  }
}

const resolvePath = (url: string | undefined): string =>
  requireSqlite(parseDatabaseUrl(url ?? readDbEnv().databaseUrl)).path;

/** Prisma client over the better-sqlite3 driver adapter (no native query engine). */
export const createPrismaClient = (url?: string, options: SqliteOptions = {}): PrismaClient =>
  new PrismaClient({
    adapter: new StoreSQLite3Adapter(resolvePath(url), resolveSqliteSettings(options)),
  });

export type Store = {
  /** Schema, reference data, alerting and every query that is not a hot path. */
  prisma: PrismaClient;
  /** Raw connection for the ingest hot paths (samples, series resolution). */
  sqlite: Database.Database;
  close: () => Promise<void>;
};

/**
 * Opens both connections to one SQLite file. WAL lets them read concurrently; writes are
 * serialized by SQLite and wait up to busy_timeout. Run `migrateDatabase` first.
 */
export const createStore = (url?: string, options: SqliteOptions = {}): Store => {
  const filePath = resolvePath(url);
  const sqlite = openSqlite(filePath, options);
  const prisma = createPrismaClient(`file:${filePath}`, options);

  return {
    prisma,
    sqlite,
    close: async () => {
      try {
        await prisma.$disconnect();
      } finally {
        sqlite.close();
      }
    },
  };
};
