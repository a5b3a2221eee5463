import type Database from 'better-sqlite3';

import { resourceFingerprint, seriesFingerprint } from '@fleetlens/db';
import type { SeriesKey, SeriesResolver } from '@fleetlens/db';
import type { Resource } from '@fleetlens/schema';

/** Resolver fingerprints are sha1 hashes; this cache answers repeat series with string keys. */
const MAX_CACHED_SERIES = 2_000_000;
/** How often each resource goes through the resolver anyway, so its last-seen time moves. */
const LAST_SEEN_REFRESH_NS = 60_000_000_000n;

const resourceKeys = new WeakMap<Resource, string>();

const resourceKeyOf = (resource: Resource): string => {
  let key = resourceKeys.get(resource);
  if (key === undefined) {
    key = [
      resource.tenant,
      resource.paradigm,
      resource.platform,
      resource.cluster ?? '',
      resource.node ?? '',
      resource.namespace ?? '',
      resource.workload ?? '',
      resource.instance ?? '',
    ].join('\u0000');
    resourceKeys.set(resource, key);
  }

  return key;
};

const labelsKeyOf = (labels: Readonly<Record<string, string>> | undefined): string => {
  if (!labels) return '';
  const names = Object.keys(labels);
  if (names.length > 1) names.sort();
  let key = '';
  for (const name of names) key += `${name}\u0002${labels[name] ?? ''}\u0003`;

  return key;
};

/** Marks a sample whose series would pass the series limit: refused, not stored. */
export const REFUSED_SERIES = -1;

/**
 * Series ids for write batches: a Map lookup per sample on the hot path, the resolver (hashing,
 * SQL) only for new series and for the periodic last-seen refresh of each resource. New series
 * beyond `maxSeries` are refused (like Mimir's max-global-series-per-user): existing series
 * keep flowing while a cardinality explosion is cut off.
 */
export const createSeriesIds = ({
  resolver,
  sqlite,
  maxSeries,
}: {
  resolver: SeriesResolver;
  sqlite: Database.Database;
  maxSeries: number;
}) => {
  let ids = new Map<string, number>();
  const lastRefresh = new Map<string, bigint>();
  // Ids only grow and series are never deleted, so the largest id is the count, in O(log n).
  const countSeries = sqlite.prepare<[], { total: bigint | number | null }>(
    'SELECT max(id) AS total FROM series',
  );
  const readSeriesCount = (): number => Number(countSeries.get()?.total ?? 0);
  const findSeries = sqlite.prepare<[string], { id: number }>(
    'SELECT id FROM series WHERE fingerprint = ?',
  );
  let seriesCount = readSeriesCount();

  /**
   * Uncached keys are admitted while the count, plus this call's uncached keys so far, stays
   * under the limit (counting a series that exists but is not cached yet only errs towards
   * refusing the fingerprint lookup below); past it, only series that already exist are.
   */
  const admit = (key: SeriesKey, uncachedSoFar: number): boolean => {
    if (seriesCount + uncachedSoFar < maxSeries) return true;
    const fingerprint = seriesFingerprint(key.kpi, resourceFingerprint(key.resource), key.labels);

    return findSeries.get(fingerprint) !== undefined;
  };

  return (keys: readonly SeriesKey[], seenNs: bigint): number[] => {
    const result = new Array<number>(keys.length);
    const pending: SeriesKey[] = [];
    const pendingAt: number[] = [];
    const pendingKeys: string[] = [];
    let uncached = 0;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as SeriesKey;
      const resourceKey = resourceKeyOf(key.resource as Resource);
      const fastKey = `${key.kpi}\u0001${key.kind}\u0001${resourceKey}\u0001${labelsKeyOf(key.labels)}`;
      const id = ids.get(fastKey);
      const refreshed = lastRefresh.get(resourceKey);
      const isRefreshDue = refreshed === undefined || seenNs - refreshed >= LAST_SEEN_REFRESH_NS;
      if (id !== undefined && !isRefreshDue) {
        result[index] = id;
        continue;
      }
      if (id === undefined) {
        if (!admit(key, uncached)) {
          result[index] = REFUSED_SERIES;
          continue;
        }
        uncached += 1;
      }
      if (isRefreshDue) lastRefresh.set(resourceKey, seenNs);
      pending.push(key);
      pendingAt.push(index);
      pendingKeys.push(fastKey);
    }
    if (pending.length === 0) return result;

    const resolved = resolver.resolve(pending, seenNs);
    if (uncached > 0) seriesCount = readSeriesCount();
    if (ids.size + pending.length > MAX_CACHED_SERIES) ids = new Map();
    resolved.forEach((id, position) => {
      result[pendingAt[position] ?? 0] = id;
      ids.set(pendingKeys[position] ?? '', id);
    });

    return result;
  };
};
