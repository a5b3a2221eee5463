import type Database from 'better-sqlite3';

import { resourceFingerprint, seriesFingerprint } from '@fleetlens/db';
import type { SeriesKey, SeriesResolver } from '@fleetlens/db';
import { findKpi } from '@fleetlens/schema';

import { createNullMap } from '../decode/null-map.ts';
import type { WireView } from '../worker/wire-batch.ts';
import { stringBases } from '../worker/wire-columns.ts';

/** Resolver fingerprints are sha1 hashes; this cache answers repeat series by their wire keys. */
const MAX_CACHED_SERIES = 2_000_000;
/** How often each resource goes through the resolver anyway, so its last-seen time moves. */
const LAST_SEEN_REFRESH_NS = 60_000_000_000n;

/** Marks a series the series limit refused: its items are not stored. */
export const REFUSED_SERIES = -1;

const units = new Map<string, string>();
const unitOf = (kpi: string): string => {
  let unit = units.get(kpi);
  if (unit === undefined) {
    unit = findKpi(kpi)?.unit ?? 'count';
    units.set(kpi, unit);
  }

  return unit;
};

/** The resolver's key of one series of a batch; only built for new series and refreshes. */
const toSeriesKey = (view: WireView, index: number): SeriesKey => {
  const { columns, string } = view;
  const resource = view.resource(columns.seriesResource[index] ?? 0);
  const labelSet = columns.seriesLabelSet[index] ?? 0;
  const base = stringBases(view.counts).labels;
  const labels = createNullMap<string>();
  const end = columns.labelSetEnd[labelSet] ?? 0;
  for (let i = labelSet === 0 ? 0 : (columns.labelSetEnd[labelSet - 1] ?? 0); i < end; i += 2) {
    labels[string(base + i)] = string(base + i + 1);
  }
  const kpi = view.kpiOf(index);

  return {
    kpi,
    unit: unitOf(kpi),
    kind: view.kindOf(index),
    resource,
    resourceAttributes: resource.attributes,
    labels,
  };
};

/**
 * A copy that does not share the batch text: a slice keeps its whole parent string alive, and
 * cached keys outlive their batch. Concatenation then slicing flattens into a string of its own.
 */
const detach = (text: string): string => ` ${text}`.slice(1);

type Pending = {
  key: SeriesKey;
  resourceKey: string;
  seriesKey: string;
  uses: { ids: Int32Array; index: number }[];
};

/**
 * Series ids for the batches of one queue drain: a Map lookup per series on the hot path (the
 * workers already built each series' key), the resolver (hashing, SQL) once per drain for the
 * new series and for the periodic last-seen refresh of each resource. New series beyond
 * `maxSeries` are refused (like Mimir's max-global-series-per-user): existing series keep
 * flowing while a cardinality explosion is cut off.
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
  // Resource key → series key (KPI, kind, labels) → id: the long resource part is hashed once
  // per resource of a batch, not once per series.
  let ids = new Map<string, Map<string, number>>();
  let cached = 0;
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
   * Uncached keys are admitted while the count, plus this drain's uncached keys so far, stays
   * under the limit (counting a series that exists but is not cached yet only errs towards
   * refusing the fingerprint lookup below); past it, only series that already exist are.
   */
  const admit = (key: SeriesKey, uncachedSoFar: number): boolean => {
    if (seriesCount + uncachedSoFar < maxSeries) return true;
    const fingerprint = seriesFingerprint(key.kpi, resourceFingerprint(key.resource), key.labels);

    return findSeries.get(fingerprint) !== undefined;
  };

  return (views: readonly WireView[], seenNs: bigint): Int32Array[] => {
    const pending = new Map<string, Pending>();
    let uncached = 0;
    const results = views.map((view) => {
      const { counts, columns } = view;
      const result = new Int32Array(counts.series);
      // One series per resource whose refresh is due goes through the resolver, which touches it.
      const resourceKeys = Array.from({ length: counts.resources }, (_, r) => view.resourceKey(r));
      const due = resourceKeys.map((key) => {
        const refreshed = lastRefresh.get(key);

        return refreshed === undefined || seenNs - refreshed >= LAST_SEEN_REFRESH_NS;
      });
      const known = resourceKeys.map((key) => ids.get(key));
      for (let index = 0; index < counts.series; index++) {
        const resourceIndex = columns.seriesResource[index] ?? 0;
        // Series keys are the first strings of the batch text.
        const seriesKey = view.string(index);
        const id = known[resourceIndex]?.get(seriesKey);
        const isRefreshDue = due[resourceIndex] === true;
        if (id !== undefined && !isRefreshDue) {
          result[index] = id;
          continue;
        }
        const resourceKey = resourceKeys[resourceIndex] ?? '';
        const wireKey = `${resourceKey}\u0001${seriesKey}`;
        const waiting = pending.get(wireKey);
        if (waiting !== undefined) {
          waiting.uses.push({ ids: result, index });
          continue;
        }
        const key = toSeriesKey(view, index);
        if (id === undefined) {
          if (!admit(key, uncached)) {
            result[index] = REFUSED_SERIES;
            continue;
          }
          uncached += 1;
        }
        if (isRefreshDue) {
          due[resourceIndex] = false;
          lastRefresh.set(detach(resourceKey), seenNs);
        }
        pending.set(wireKey, { key, resourceKey, seriesKey, uses: [{ ids: result, index }] });
      }

      return result;
    });
    if (pending.size === 0) return results;

    const list = [...pending.values()];
    const resolved = resolver.resolve(
      list.map((entry) => entry.key),
      seenNs,
    );
    if (uncached > 0) seriesCount = readSeriesCount();
    if (cached + list.length > MAX_CACHED_SERIES) {
      ids = new Map();
      cached = 0;
    }
    resolved.forEach((id, position) => {
      const entry = list[position] as Pending;
      let series = ids.get(entry.resourceKey);
      if (series === undefined) {
        series = new Map();
        ids.set(detach(entry.resourceKey), series);
      }
      if (!series.has(entry.seriesKey)) cached += 1;
      series.set(detach(entry.seriesKey), id);
      for (const use of entry.uses) use.ids[use.index] = id;
    });

    return results;
  };
};
