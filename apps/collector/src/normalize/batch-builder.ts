import type {
  FleetEvent,
  HistogramPoint,
  KpiName,
  KpiSample,
  Resource,
  SummaryPoint,
} from '@fleetlens/schema';

import type { Labels } from './labels.ts';
import { toOrderedLabelKey } from './labels.ts';
import type { NormalizedBatch } from './types.ts';

/**
 * Collects a batch's output. Series that collapse onto one KPI series (labels dropped, or
 * several source metrics feeding one KPI) are merged here: summed, or the largest kept. A
 * stale marker only survives when every merged part is stale.
 */
export type BatchBuilder = ReturnType<typeof createBatchBuilder>;

type SampleSlot = { sample: KpiSample; merge: 'sum' | 'max' };

const hasSameBounds = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((bound, index) => bound === b[index]);

/** Every slot's item, resource by resource, in insertion order. */
const collectSlots = <T, R>(
  byResource: Map<Resource, Map<string, T>>,
  itemOf: (slot: T) => R,
  out: R[],
): R[] => {
  for (const slots of byResource.values()) {
    for (const slot of slots.values()) out.push(itemOf(slot));
  }

  return out;
};

export const createBatchBuilder = () => {
  const samples = new Map<Resource, Map<string, SampleSlot>>();
  const histograms = new Map<Resource, Map<string, HistogramPoint>>();
  const extraHistograms: HistogramPoint[] = [];
  const summaries = new Map<Resource, Map<string, SummaryPoint>>();
  const events: FleetEvent[] = [];
  const unmapped = new Map<string, { source: string; family: string; count: number }>();
  const rejected = new Map<string, number>();

  const findSlots = <T>(map: Map<Resource, Map<string, T>>, resource: Resource) => {
    let slots = map.get(resource);
    if (slots === undefined) {
      slots = new Map();
      map.set(resource, slots);
    }

    return slots;
  };
  // Most of a batch shares one timestamp: its text is computed once, not per sample.
  let lastNs: bigint | undefined;
  let lastNsText = '';
  const toKey = (kpi: KpiName, labels: Labels, timestampNs: bigint): string => {
    if (timestampNs !== lastNs) [lastNs, lastNsText] = [timestampNs, String(timestampNs)];

    return `${kpi}\u0003${toOrderedLabelKey(labels)}\u0003${lastNsText}`;
  };

  /**
   * One value of a gauge or counter KPI. The sample object is only built for a new series
   * point; values landing on an existing one are merged into it.
   */
  const addValue = (
    kpi: KpiName,
    resource: Resource,
    labels: Labels,
    timestampNs: bigint,
    value: number,
    merge: 'sum' | 'max' = 'sum',
    isStale = false,
  ): void => {
    const slots = findSlots(samples, resource);
    const key = toKey(kpi, labels, timestampNs);
    const slot = slots.get(key);
    if (slot === undefined) {
      const sample: KpiSample = { kpi, resource, labels, timestampNs, value };
      if (isStale) sample.stale = true;
      slots.set(key, { sample, merge });
    } else if (!isStale) {
      const held = slot.sample;
      if (held.stale === true) slot.sample = { kpi, resource, labels, timestampNs, value };
      else if (merge === 'max') held.value = Math.max(held.value, value);
      else held.value += value;
    }
  };

  return {
    addValue,
    addSample: (sample: KpiSample, merge: 'sum' | 'max' = 'sum'): void => {
      addValue(
        sample.kpi,
        sample.resource,
        sample.labels,
        sample.timestampNs,
        sample.value,
        merge,
        sample.stale === true,
      );
    },
    addHistogram: (point: HistogramPoint): void => {
      const slots = findSlots(histograms, point.resource);
      const key = toKey(point.kpi, point.labels, point.timestampNs);
      const held = slots.get(key);
      if (held === undefined) {
        slots.set(key, point);
      } else if (
        hasSameBounds(held.bounds, point.bounds) &&
        held.temporality === point.temporality
      ) {
        held.count += point.count;
        held.sum += point.sum;
        point.bucketCounts.forEach((count, index) => {
          held.bucketCounts[index] = (held.bucketCounts[index] ?? 0) + count;
        });
      } else {
        extraHistograms.push(point);
      }
    },
    /** Quantiles cannot be merged: the first summary of a series is kept. */
    addSummary: (point: SummaryPoint): void => {
      const slots = findSlots(summaries, point.resource);
      const key = toKey(point.kpi, point.labels, point.timestampNs);
      if (!slots.has(key)) slots.set(key, point);
    },
    addEvent: (event: FleetEvent): void => {
      events.push(event);
    },
    addUnmapped: (source: string, family: string, count = 1): void => {
      const key = `${source}\u0003${family}`;
      const entry = unmapped.get(key);
      if (entry) entry.count += count;
      else unmapped.set(key, { source, family, count });
    },
    addRejected: (reason: string, count = 1): void => {
      rejected.set(reason, (rejected.get(reason) ?? 0) + count);
    },
    finish: (): NormalizedBatch => ({
      samples: collectSlots(samples, (slot) => slot.sample, []),
      histograms: collectSlots(histograms, (point) => point, []).concat(extraHistograms),
      summaries: collectSlots(summaries, (point) => point, []),
      events,
      unmapped: [...unmapped.values()],
      rejected: [...rejected].map(([reason, count]) => ({ reason, count })),
    }),
  };
};
