import type Database from 'better-sqlite3';

/** Selections kept per connection; a dashboard's panels ask far fewer distinct ones. */
const MAX_ENTRIES = 64;

type Entry<T> = { maxSeriesId: number; value: T };

const caches = new WeakMap<Database.Database, Map<string, Entry<unknown>>>();

const readMaxSeriesId = (db: Database.Database): number =>
  db
    .prepare<[], number | null>('SELECT max(id) FROM series')
    .pluck(true)
    .safeIntegers(false)
    .get() ?? 0;

/**
 * A series selection reused while no series was added since it was read, as Prometheus keeps
 * its postings in memory: selecting 16,000 series with their group costs about as much as
 * reading their samples. Sound because series ids only grow (AUTOINCREMENT) and what a
 * selection reads (KPI, kind, labels, the resource's identity fields) never changes after a
 * series is created; a series removed by hand leaves an id that reads no rows. `key` must
 * name everything the selection depends on. Called inside the query's read transaction, so
 * the check and the rows come from one snapshot.
 */
export const cachedSelection = <T>(db: Database.Database, key: string, read: () => T): T => {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  const maxSeriesId = readMaxSeriesId(db);
  const hit = cache.get(key);
  cache.delete(key);
  if (hit !== undefined && hit.maxSeriesId === maxSeriesId) {
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = read();
  cache.set(key, { maxSeriesId, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);

  return value;
};
