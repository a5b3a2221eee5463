import type Database from 'better-sqlite3';

/** Selections kept per connection; a dashboard's panels ask far fewer distinct ones. */
const MAX_ENTRIES = 64;

type Entry<T> = { maxSeriesId: number; value: T };

/** Per connection: its selections, and the statement that tells whether they still hold. */
type ConnectionCache = {
  entries: Map<string, Entry<unknown>>;
  readMaxSeriesId: () => number;
};

const caches = new WeakMap<Database.Database, ConnectionCache>();

const cacheOf = (db: Database.Database): ConnectionCache => {
  let cache = caches.get(db);
  if (cache === undefined) {
    const maxId = db
      .prepare<[], number | null>('SELECT max(id) FROM series')
      .pluck(true)
      .safeIntegers(false);
    cache = { entries: new Map(), readMaxSeriesId: () => maxId.get() ?? 0 };
    caches.set(db, cache);
  }

  return cache;
};

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
  const { entries, readMaxSeriesId } = cacheOf(db);
  const maxSeriesId = readMaxSeriesId();
  const hit = entries.get(key);
  entries.delete(key);
  if (hit !== undefined && hit.maxSeriesId === maxSeriesId) {
    entries.set(key, hit);
    return hit.value as T;
  }
  const value = read();
  entries.set(key, { maxSeriesId, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);

  return value;
};
