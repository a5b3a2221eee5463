import type Database from 'better-sqlite3';

import { NS_PER_HOUR, floorTo } from '../query/time.ts';

/**
 * Hours whose raw samples changed since their rollups were computed. The sample writer marks
 * them in the same transaction as the samples, so a committed sample always has its hour
 * marked; the rollup job recomputes each marked hour and clears the mark in one transaction.
 * The migration creates this table; the statement is here for tests of older databases.
 */
export const ROLLUP_DIRTY_DDL =
  'CREATE TABLE IF NOT EXISTS "rollup_dirty" ("hour_start_ns" BIGINT NOT NULL PRIMARY KEY)';

export const hourStartNs = (tsNs: bigint): bigint => floorTo(tsNs, NS_PER_HOUR);

export type DirtyHourMarker = (timestamps: Iterable<bigint>) => number;

/**
 * For the sample writer: marks the hours of the given sample timestamps, to be called inside
 * the transaction that inserts them. Returns how many distinct hours were passed.
 */
export const createDirtyHourMarker = (db: Database.Database): DirtyHourMarker => {
  const insert = db.prepare<[bigint]>(
    'INSERT INTO rollup_dirty (hour_start_ns) VALUES (?) ON CONFLICT (hour_start_ns) DO NOTHING',
  );

  return (timestamps) => {
    const hours = new Set<bigint>();
    for (const ts of timestamps) hours.add(hourStartNs(ts));
    for (const hour of hours) insert.run(hour);

    return hours.size;
  };
};
