import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import Database from 'better-sqlite3';

/** Bytes a directory tree occupies on disk (allocated blocks, as `du` counts them). */
export const directoryBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return total + directoryBytes(path);

    return total + statSync(path).blocks * 512;
  }, 0);

/**
 * Moves the SQLite write-ahead log into the database file, so that the store's size is its
 * data rather than however much log has not been checkpointed yet.
 */
export const checkpointSqlite = (databasePath: string): void => {
  const db = new Database(databasePath);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
};
