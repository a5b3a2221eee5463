import type { FleetEvent, Resource } from '@fleetlens/schema';

import { createNullMap } from '../decode/null-map.ts';
import type { UnmappedCount } from '../normalize/types.ts';
import { resourceFromKey } from './resource-codec.ts';
import { readCounts, stringBases, viewColumns } from './wire-columns.ts';
import type { WireColumns, WireCounts } from './wire-columns.ts';

/**
 * A validated batch in the form that crosses from a decode worker to the writer. Structured
 * cloning costs about half a microsecond per string and a few per object or typed array,
 * which for a request's few hundred items adds up to more than writing them; so a batch is one
 * buffer of typed columns (transferred, not copied) and one text holding every string. Series
 * are numbered per batch and each carries a key (KPI, kind, labels) that the writer looks up,
 * under its resource's key, once per series and not once per sample.
 */
export type WireBatch = {
  /** Counts, then columns (see wire-columns.ts). */
  buffer: ArrayBuffer;
  /** Every string of the batch, concatenated in the order of stringBases. */
  text: string;
  /** Events travel whole: their dedup key hashes every field. They are rare. */
  events: FleetEvent[];
  /** Refused items by reason, in the order the reasons first occurred. */
  rejections: [string, number][];
};

/** A received batch with its columns opened; resources are rebuilt only when asked for. */
export type WireView = {
  batch: WireBatch;
  counts: WireCounts;
  columns: WireColumns;
  /** The string at `index` (see stringBases). */
  string: (index: number) => string;
  kpiOf: (series: number) => string;
  kindOf: (series: number) => string;
  resourceKey: (resource: number) => string;
  resource: (resource: number) => Resource;
  unmapped: () => UnmappedCount[];
};

export const openWireBatch = (batch: WireBatch): WireView => {
  const counts = readCounts(batch.buffer);
  const columns = viewColumns(batch.buffer, counts);
  const bases = stringBases(counts);
  const { text } = batch;
  const ends = columns.stringEnd;
  const string = (index: number): string =>
    text.slice(index === 0 ? 0 : ends[index - 1], ends[index]);
  const resources = new Map<number, Resource>();

  return {
    batch,
    counts,
    columns,
    string,
    kpiOf: (series) => string(bases.kpis + (columns.seriesKpi[series] ?? 0)),
    kindOf: (series) => string(bases.kinds + (columns.seriesKind[series] ?? 0)),
    resourceKey: (resource) => string(bases.resourceKeys + resource),
    resource: (index) => {
      let resource = resources.get(index);
      if (resource === undefined) {
        const attributes = createNullMap<string>();
        const end = columns.attributesEnd[index] ?? 0;
        for (let i = index === 0 ? 0 : (columns.attributesEnd[index - 1] ?? 0); i < end; i += 2) {
          attributes[string(bases.attributes + i)] = string(bases.attributes + i + 1);
        }
        resource = resourceFromKey(string(bases.resourceKeys + index), attributes);
        resources.set(index, resource);
      }

      return resource;
    },
    unmapped: () =>
      Array.from({ length: counts.unmapped }, (_, i) => ({
        source: string(bases.unmappedSources + i),
        family: string(bases.unmappedFamilies + i),
        count: columns.unmappedCounts[i] ?? 0,
      })),
  };
};

/** Items the writer will try to store. */
export const countItems = (counts: WireCounts): number =>
  counts.samples + counts.histograms + counts.summaries + counts.events;
