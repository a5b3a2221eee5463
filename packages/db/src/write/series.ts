import type Database from 'better-sqlite3';

import {
  RESOURCE_IDENTITY_FIELDS,
  canonicalJson,
  resourceFingerprint,
  seriesFingerprint,
} from '../fingerprint.ts';
import type { ResourceIdentity } from '../fingerprint.ts';

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
type Miss = { index: number; key: SeriesKey; resourceFp: string; seriesFp: string };
type Touch = { fp: string; id: number; attributes: string | null };

const attributesJson = (key: SeriesKey): string | null =>
  key.resourceAttributes === undefined ? null : canonicalJson(key.resourceAttributes);

/**
 * Resolves series fingerprints to ids through an in-memory cache. Misses (and throttled
 * last-seen refreshes) are written in one IMMEDIATE transaction with ON CONFLICT, so
 * concurrent writers agree on one id per fingerprint.
 */
export const createSeriesResolver = (
  sqlite: Database.Database,
  options: SeriesResolverOptions = {},
): SeriesResolver => {
  const refreshNs = options.lastSeenRefreshNs ?? 60_000_000_000n;
  const seriesCache = new Map<string, number>();
  const resourceCache = new Map<string, CachedResource>();

  const insertResource = sqlite.prepare(
    `INSERT INTO resource (fingerprint, ${RESOURCE_IDENTITY_FIELDS.join(', ')}, attributes, ` +
      'first_seen_ns, last_seen_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ' +
      'ON CONFLICT (fingerprint) DO NOTHING',
  );
  const selectResource = sqlite.prepare<[string], { id: bigint; lastSeenNs: bigint }>(
    'SELECT id, last_seen_ns AS lastSeenNs FROM resource WHERE fingerprint = ?',
  );
  const touchResource = sqlite.prepare<[bigint, string | null, number]>(
    'UPDATE resource SET last_seen_ns = max(last_seen_ns, ?), ' +
      'attributes = coalesce(?, attributes) WHERE id = ?',
  );
  const insertSeries = sqlite.prepare(
    'INSERT INTO series (fingerprint, kpi, resource_id, labels, unit, kind, created_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING',
  );
  const selectSeries = sqlite.prepare<[string], { id: bigint }>(
    'SELECT id FROM series WHERE fingerprint = ?',
  );

  const upsertResource = (key: SeriesKey, fp: string, seenNs: bigint): CachedResource => {
    const identity = RESOURCE_IDENTITY_FIELDS.map((field) => key.resource[field] ?? null);
    insertResource.run(fp, ...identity, attributesJson(key) ?? '{}', seenNs, seenNs);
    const row = selectResource.get(fp);
    if (row === undefined) throw new Error('resource vanished inside its own transaction');
    const resource = { id: Number(row.id), lastSeenNs: row.lastSeenNs };
    if (seenNs - resource.lastSeenNs >= refreshNs) {
      touchResource.run(seenNs, attributesJson(key), resource.id);
      resource.lastSeenNs = seenNs;
    }

    return resource;
  };

  const writeMisses = (misses: readonly Miss[], touches: readonly Touch[], seenNs: bigint) => {
    for (const touch of touches) touchResource.run(seenNs, touch.attributes, touch.id);
    const series = new Map<string, number>();
    const resources = new Map<string, CachedResource>();
    // SQLite's CURRENT_TIMESTAMP text differs from what the Prisma adapter writes; match it.
    const createdAt = new Date().toISOString().replace('Z', '+00:00');
    for (const { key, resourceFp, seriesFp } of misses) {
      if (series.has(seriesFp)) continue;
      const resource =
        resourceCache.get(resourceFp) ??
        resources.get(resourceFp) ??
        upsertResource(key, resourceFp, seenNs);
      resources.set(resourceFp, resource);
      const labels = canonicalJson(key.labels ?? {});
      insertSeries.run(seriesFp, key.kpi, resource.id, labels, key.unit, key.kind, createdAt);
      const row = selectSeries.get(seriesFp);
      if (row === undefined) throw new Error('series vanished inside its own transaction');
      series.set(seriesFp, Number(row.id));
    }

    return { series, resources };
  };
  const writeTransaction = sqlite.transaction(writeMisses);

  const resolve = (keys: readonly SeriesKey[], seenNs: bigint): number[] => {
    const ids = new Array<number>(keys.length);
    const misses: Miss[] = [];
    const touches = new Map<string, Touch>();
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as SeriesKey;
      const resourceFp = resourceFingerprint(key.resource);
      const seriesFp = seriesFingerprint(key.kpi, resourceFp, key.labels);
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
