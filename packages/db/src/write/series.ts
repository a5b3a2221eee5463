import type Database from 'better-sqlite3';

import { canonicalJson } from '../fingerprint.ts';
import type { ResourceIdentity } from '../fingerprint.ts';
import { hashResourceIdentity, hashSeriesIdentity } from './fingerprints.ts';
import { createSeriesRows } from './series-rows.ts';
import type { NewSeries } from './series-rows.ts';

export type SeriesKey = {
  kpi: string;
  unit: string;
  /** 'gauge' | 'counter' | 'histogram' | 'summary' */
  kind: string;
  resource: ResourceIdentity;
  /** Descriptive resource attributes, stored on first sight and on each last-seen refresh. */
  resourceAttributes?: Readonly<Record<string, unknown>>;
  labels?: Readonly<Record<string, string>>;
};

export type SeriesResolver = {
  /** Series ids in the order of `keys`, creating resources and series that do not exist. */
  resolve: (keys: readonly SeriesKey[], seenNs: bigint) => number[];
  /** Cached series count, for self-metrics and cardinality limits. */
  size: () => number;
};

export type SeriesResolverOptions = {
  /** How often a resource's last_seen_ns is refreshed; a write per sample would cost too much. */
  lastSeenRefreshNs?: bigint;
};

type CachedResource = { id: number; lastSeenNs: bigint };
type Touch = { fp: string; id: number; attributes: string | null };

const attributesJson = (key: SeriesKey): string | null =>
  key.resourceAttributes === undefined ? null : canonicalJson(key.resourceAttributes);

/**
 * Resolves series fingerprints to ids through an in-memory cache. Misses (and throttled
 * last-seen refreshes) are written in one IMMEDIATE transaction with ON CONFLICT, so
 * concurrent writers agree on one id per fingerprint. A call hashes each resource identity
 * once, however many of its series it holds, so a whole queue drain resolves in one call.
 */
export const createSeriesResolver = (
  sqlite: Database.Database,
  options: SeriesResolverOptions = {},
): SeriesResolver => {
  const refreshNs = options.lastSeenRefreshNs ?? 60_000_000_000n;
  const seriesCache = new Map<string, number>();
  const resourceCache = new Map<string, CachedResource>();
  const rows = createSeriesRows(sqlite);
  const touchResource = sqlite.prepare<[bigint, string | null, number]>(
    'UPDATE resource SET last_seen_ns = max(last_seen_ns, ?), ' +
      'attributes = coalesce(?, attributes) WHERE id = ?',
  );

  const writeMisses = (misses: readonly NewSeries[], touches: readonly Touch[], seenNs: bigint) => {
    for (const touch of touches) touchResource.run(seenNs, touch.attributes, touch.id);
    const wanted = new Map<string, SeriesKey>();
    for (const { key, resourceFp } of misses) {
      if (!resourceCache.has(resourceFp) && !wanted.has(resourceFp)) wanted.set(resourceFp, key);
    }
    const resources = new Map<string, CachedResource>();
    for (const [fp, found] of rows.upsertResources(wanted, seenNs)) {
      const resource = { id: found.id, lastSeenNs: found.lastSeenNs };
      if (seenNs - resource.lastSeenNs >= refreshNs) {
        touchResource.run(seenNs, attributesJson(wanted.get(fp) as SeriesKey), resource.id);
        resource.lastSeenNs = seenNs;
      }
      resources.set(fp, resource);
    }
    const resourceIdOf = (fp: string): number => {
      const resource = resourceCache.get(fp) ?? resources.get(fp);
      if (resource === undefined) throw new Error('resource vanished inside its own transaction');

      return resource.id;
    };
    const series = rows.insertSeries(misses, resourceIdOf);

    return { series, resources };
  };
  const writeTransaction = sqlite.transaction(writeMisses);

  const resolve = (keys: readonly SeriesKey[], seenNs: bigint): number[] => {
    const ids = new Array<number>(keys.length);
    const misses: (NewSeries & { index: number })[] = [];
    const touches = new Map<string, Touch>();
    // Keys of one resource usually share its identity object: hash it once per call.
    const resourceFps = new Map<ResourceIdentity, string>();
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as SeriesKey;
      let resourceFp = resourceFps.get(key.resource);
      if (resourceFp === undefined) {
        resourceFp = hashResourceIdentity(key.resource);
        resourceFps.set(key.resource, resourceFp);
      }
      const seriesFp = hashSeriesIdentity(key.kpi, resourceFp, key.labels);
      const id = seriesCache.get(seriesFp);
      if (id === undefined) misses.push({ index, key, resourceFp, seriesFp });
      else ids[index] = id;
      const resource = resourceCache.get(resourceFp);
      if (resource !== undefined && seenNs - resource.lastSeenNs >= refreshNs) {
        touches.set(resourceFp, {
          fp: resourceFp,
          id: resource.id,
          attributes: attributesJson(key),
        });
      }
    }
    if (misses.length === 0 && touches.size === 0) return ids;

    const isNested = sqlite.inTransaction;
    const written = writeTransaction.immediate(misses, [...touches.values()], seenNs);
    for (const { index, seriesFp } of misses) ids[index] = written.series.get(seriesFp) as number;
    // Inside a caller's transaction these rows may still roll back: cache only committed ones.
    if (!isNested) {
      for (const [fp, id] of written.series) seriesCache.set(fp, id);
      for (const [fp, resource] of written.resources) resourceCache.set(fp, resource);
      for (const touch of touches.values()) {
        resourceCache.set(touch.fp, { id: touch.id, lastSeenNs: seenNs });
      }
    }

    return ids;
  };

  return { resolve, size: () => seriesCache.size };
};
