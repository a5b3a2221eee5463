import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { readDbEnv } from './env.ts';

/**
 * FULL fsyncs the WAL on every commit, so an acknowledged write survives power loss and OS
 * crashes. NORMAL fsyncs only at checkpoints: still safe against a process crash, but the last
 * commits before a power loss may be lost, in exchange for faster small commits.
 * @see https://www.sqlite.org/pragma.html#pragma_synchronous
 */
export type SqliteSynchronous = 'FULL' | 'NORMAL';

export type SqliteOptions = {
  synchronous?: SqliteSynchronous;
  busyTimeoutMs?: number;
  readonly?: boolean;
};

export type SqliteSettings = Required<Omit<SqliteOptions, 'readonly'>>;

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** Explicit options win over SQLITE_SYNCHRONOUS / SQLITE_BUSY_TIMEOUT_MS, which win over defaults. */
export const resolveSqliteSettings = (options: SqliteOptions = {}): SqliteSettings => {
  const env = readDbEnv();
  const envSync = env.sqliteSynchronous?.toUpperCase();
  if (envSync !== undefined && envSync !== 'FULL' && envSync !== 'NORMAL') {
    throw new Error(`SQLITE_SYNCHRONOUS must be FULL or NORMAL; got "${envSync}"`);
  }
  const envTimeout =
    env.sqliteBusyTimeoutMs === undefined ? undefined : Number(env.sqliteBusyTimeoutMs);
  if (envTimeout !== undefined && !(Number.isInteger(envTimeout) && envTimeout >= 0)) {
    throw new Error('SQLITE_BUSY_TIMEOUT_MS must be a non-negative integer');
  }

  return {
    synchronous: options.synchronous ?? envSync ?? 'FULL',
    busyTimeoutMs: options.busyTimeoutMs ?? envTimeout ?? DEFAULT_BUSY_TIMEOUT_MS,
  };
};

/**
 * Per-connection pragmas. journal_mode=WAL is stored in the file; the others must be set on
 * every connection (better-sqlite3 defaults WAL connections to synchronous=NORMAL and SQLite
 * leaves foreign keys off). A batch that spans many series dirties one leaf page per series:
 * a 32 MiB page cache keeps those leaves in memory, and checkpointing every 10,000 pages
 * (40 MiB of WAL) instead of 1,000 writes each hot page back less often (faster in every
 * paired run of the write bench); journal_size_limit truncates the WAL back afterwards.
 */
export const connectionPragmas = (settings: SqliteSettings): string =>
  [
    `PRAGMA busy_timeout = ${settings.busyTimeoutMs}`,
    'PRAGMA journal_mode = WAL',
    `PRAGMA synchronous = ${settings.synchronous}`,
    'PRAGMA foreign_keys = ON',
    'PRAGMA cache_size = -32768',
    'PRAGMA wal_autocheckpoint = 10000',
    'PRAGMA journal_size_limit = 67108864',
  ].join(';\n');

/**
 * Opens the SQLite file (creating its directory if needed) with the store's pragmas.
 * Integers come back as BigInt so nanosecond timestamps above 2^53 stay exact.
 */
export const openSqlite = (filePath: string, options: SqliteOptions = {}): Database.Database => {
  const settings = resolveSqliteSettings(options);
  if (options.readonly !== true && filePath !== ':memory:') {
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
  }
  const db = new Database(filePath, {
    readonly: options.readonly ?? false,
    timeout: settings.busyTimeoutMs,
  });
  try {
    if (options.readonly === true) {
      db.pragma(`busy_timeout = ${settings.busyTimeoutMs}`);
    } else {
      db.exec(connectionPragmas(settings));
    }
    db.defaultSafeIntegers(true);
  } catch (error) {
    db.close();
    throw error;
  }

  return db;
};
