import { findKpi } from '@fleetlens/schema';
import type { Resource } from '@fleetlens/schema';

import { resourceKeyOf } from './resource-codec.ts';

type Labels = Readonly<Record<string, string>>;

export type TableSeries = {
  /** KPI, kind and labels: with the resource's key, the series identity. */
  key: string;
  resource: number;
  labelSet: number;
  kpi: number;
  kind: number;
};

const kindByKpi = new Map<string, string>();

/** A KPI's own kind (gauge or counter), which names its sample series. */
const defaultKindOf = (kpi: string): string => {
  let kind = kindByKpi.get(kpi);
  if (kind === undefined) {
    kind = findKpi(kpi)?.kind ?? 'gauge';
    kindByKpi.set(kpi, kind);
  }

  return kind;
};

/** Interns strings of a small set (KPI names, kinds) by index. */
const createIndex = () => {
  const values: string[] = [];
  const byValue = new Map<string, number>();

  return {
    values,
    indexOf: (value: string): number => {
      let index = byValue.get(value);
      if (index === undefined) {
        index = values.push(value) - 1;
        byValue.set(value, index);
      }

      return index;
    },
  };
};

/**
 * The distinct resources, label sets, series and timestamps of one batch; every add returns
 * the index of an equal entry when there is one (resources by object: normalizers share one
 * per identity, and emit its items together, so the previous one is tried first).
 */
export const createBatchTables = () => {
  const resources: Resource[] = [];
  const resourceKeys: string[] = [];
  const resourceIndex = new Map<Resource, number>();
  /** Per resource, its series by key. */
  const seriesByResource: Map<string, number>[] = [];
  let lastResource: Resource | undefined;
  let lastResourceIndex = 0;
  const labelStrings: string[] = [];
  const labelSetEnds: number[] = [];
  const labelSetIndex = new Map<string, number>();
  const series: TableSeries[] = [];
  const kpis = createIndex();
  const kinds = createIndex();
  const times: bigint[] = [];
  const timeIndex = new Map<bigint, number>();
  let lastTime: bigint | undefined;
  let lastTimeIndex = 0;

  const addResource = (resource: Resource): number => {
    if (resource === lastResource) return lastResourceIndex;
    let index = resourceIndex.get(resource);
    if (index === undefined) {
      index = resources.push(resource) - 1;
      resourceKeys.push(resourceKeyOf(resource));
      seriesByResource.push(new Map());
      resourceIndex.set(resource, index);
    }
    lastResource = resource;
    lastResourceIndex = index;

    return index;
  };

  /** The key of a label set, names in order; KPI labels usually come sorted already. */
  const labelsKeyOf = (labels: Labels): string => {
    let names = Object.keys(labels);
    for (let i = 1; i < names.length; i++) {
      if ((names[i - 1] as string) > (names[i] as string)) {
        names = names.sort();
        break;
      }
    }
    let key = '';
    for (const name of names) key += `${name}\u0002${labels[name] ?? ''}\u0003`;

    return key;
  };

  const addLabelSet = (labels: Labels, key: string): number => {
    let index = labelSetIndex.get(key);
    if (index === undefined) {
      for (const name of Object.keys(labels).sort()) {
        labelStrings.push(name, labels[name] ?? '');
      }
      index = labelSetEnds.push(labelStrings.length) - 1;
      labelSetIndex.set(key, index);
    }

    return index;
  };

  return {
    resources,
    resourceKeys,
    labelStrings,
    labelSetEnds,
    series,
    times,
    kpis: kpis.values,
    kinds: kinds.values,
    /** `kind` undefined: the KPI's own kind. */
    addSeries: (
      kpi: string,
      kind: string | undefined,
      resource: Resource,
      labels: Labels,
    ): number => {
      const seriesKind = kind ?? defaultKindOf(kpi);
      const r = addResource(resource);
      const labelsKey = labelsKeyOf(labels);
      const key = `${kpi}\u0001${seriesKind}\u0001${labelsKey}`;
      const byKey = seriesByResource[r] as Map<string, number>;
      let index = byKey.get(key);
      if (index === undefined) {
        index =
          series.push({
            key,
            resource: r,
            labelSet: addLabelSet(labels, labelsKey),
            kpi: kpis.indexOf(kpi),
            kind: kinds.indexOf(seriesKind),
          }) - 1;
        byKey.set(key, index);
      }

      return index;
    },
    addTime: (ts: bigint): number => {
      if (ts === lastTime) return lastTimeIndex;
      let index = timeIndex.get(ts);
      if (index === undefined) {
        index = times.push(ts) - 1;
        timeIndex.set(ts, index);
      }
      lastTime = ts;
      lastTimeIndex = index;

      return index;
    },
  };
};
