import fs from 'node:fs';

import { openSqlite } from '@fleetlens/db/sqlite';
import type Database from 'better-sqlite3';

import { readWebEnv } from './env.ts';

type StoreHandle = { path: string; db: Database.Database };

// One read-only connection per server process; kept across hot reloads in development.
const globalStore = globalThis as typeof globalThis & { fleetlensStore?: StoreHandle };

/**
 * The collector owns the store and its schema; the dashboard only reads it (WAL lets it read
 * while the collector writes). Until the collector has created the file there is nothing to
 * show, which the views present as an empty state rather than an error.
 */
export const openReadStore = (): Database.Database | undefined => {
  const { databasePath } = readWebEnv();
  const current = globalStore.fleetlensStore;
  if (current?.path === databasePath) return current.db;
  if (!fs.existsSync(databasePath)) return undefined;
  const db = openSqlite(databasePath, { readonly: true });
  globalStore.fleetlensStore = { path: databasePath, db };

  return db;
};
