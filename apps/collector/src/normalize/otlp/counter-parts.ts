import type { KpiName, KpiSample, Resource } from '@fleetlens/schema';

import type { BatchBuilder } from '../batch-builder.ts';
import type { Labels } from '../labels.ts';
import { toOrderedLabelKey } from '../labels.ts';

/** One cumulative value of one source counter (a part) of a KPI series. */
type PartPoint = { timestampNs: bigint; startNs: bigint; value: number };

/**
 * The newest value of each part of each KPI series added from several source counters,
 * kept across batches. Bounded: past `limit` series the least recently written is dropped,
 * and its parts count from 0 again when they come back.
 */
export const createCounterPartMemory = (limit = 10_000) => {
  const series = new Map<string, ReadonlyMap<string, PartPoint>>();

  return {
    recall: (key: string): ReadonlyMap<string, PartPoint> | undefined => series.get(key),
    keep: (key: string, parts: ReadonlyMap<string, PartPoint>): void => {
      series.delete(key);
      series.set(key, parts);
      if (series.size > limit) {
        const oldest = series.keys().next();
        if (oldest.done !== true) series.delete(oldest.value);
      }
    },
  };
};

export type CounterPartMemory = ReturnType<typeof createCounterPartMemory>;

type Pending = {
  kpi: KpiName;
  resource: Resource;
  labels: Labels;
  /** Per part, its points in this batch, one per timestamp. */
  parts: Map<string, PartPoint[]>;
};

const toResourceIdentity = (resource: Resource): string =>
  [
    resource.tenant,
    resource.paradigm,
    resource.platform,
    resource.cluster,
    resource.node,
    resource.namespace,
    resource.workload,
    resource.instance,
  ].join('\u0001');

/** The part's value at `timestampNs`: its newest point not after it. */
const findValueAt = (points: readonly PartPoint[], timestampNs: bigint): number => {
  let found: PartPoint | undefined;
  for (const point of points) {
    if (
      point.timestampNs <= timestampNs &&
      (found === undefined || found.timestampNs < point.timestampNs)
    ) {
      found = point;
    }
  }

  return found?.value ?? 0;
};

const findLatest = (points: readonly PartPoint[]): PartPoint | undefined => {
  let latest: PartPoint | undefined;
  for (const point of points) {
    if (latest === undefined || latest.timestampNs <= point.timestampNs) latest = point;
  }

  return latest;
};

const compareNs = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Remembered parts still valid for this batch. A part whose start time moved forward
 * restarted: what was remembered from before that start belongs to the counters' previous
 * life. (Instruments created lazily start later than the others without any restart.)
 */
const recallParts = (
  remembered: ReadonlyMap<string, PartPoint> | undefined,
  batch: ReadonlyMap<string, readonly PartPoint[]>,
): Map<string, PartPoint[]> => {
  let restartNs = -1n;
  for (const [part, points] of batch) {
    const before = remembered?.get(part);
    for (const point of points) {
      if (before !== undefined && point.startNs > before.startNs && point.startNs > restartNs) {
        restartNs = point.startNs;
      }
    }
  }
  const known = new Map<string, PartPoint[]>();
  for (const [part, point] of remembered ?? []) {
    if (point.startNs >= restartNs) known.set(part, [point]);
  }
  for (const [part, points] of batch) known.set(part, [...(known.get(part) ?? []), ...points]);

  return known;
};

/**
 * Adds KPI counters that several source counters feed. The sum is not taken per timestamp:
 * the opentelemetry-lambda telemetryapi receiver writes faas.invocations, faas.errors and
 * faas.timeouts only when each changes, each at its own event time, often one per request.
 * At each time a part was written, the KPI is the sum of every part's newest value up to
 * then, from this batch or from memory; a part not seen yet counts 0.
 */
export const createCounterParts = (memory: CounterPartMemory) => {
  const pending = new Map<string, Pending>();
  const identities = new WeakMap<Resource, string>();
  const toKey = (sample: KpiSample): string => {
    let identity = identities.get(sample.resource);
    if (identity === undefined) {
      identity = toResourceIdentity(sample.resource);
      identities.set(sample.resource, identity);
    }

    return `${identity}\u0002${sample.kpi}\u0002${toOrderedLabelKey(sample.labels)}`;
  };

  const emit = (key: string, entry: Pending, builder: BatchBuilder): void => {
    const remembered = memory.recall(key);
    // A batch older than what is remembered cannot know the other parts' values at its time.
    let rememberedNs = -1n;
    for (const point of remembered?.values() ?? []) {
      if (point.timestampNs > rememberedNs) rememberedNs = point.timestampNs;
    }
    const known = recallParts(remembered, entry.parts);
    const times = new Set<bigint>();
    for (const points of entry.parts.values()) {
      for (const point of points)
        if (point.timestampNs >= rememberedNs) times.add(point.timestampNs);
    }
    for (const timestampNs of [...times].sort(compareNs)) {
      let value = 0;
      for (const points of known.values()) value += findValueAt(points, timestampNs);
      builder.addValue(entry.kpi, entry.resource, entry.labels, timestampNs, value, 'sum');
    }
    const kept = new Map<string, PartPoint>();
    for (const [part, points] of known) {
      const latest = findLatest(points);
      if (latest !== undefined) kept.set(part, latest);
    }
    memory.keep(key, kept);
  };

  return {
    add: (sample: KpiSample, part: string, startNs: bigint): void => {
      const key = toKey(sample);
      let entry = pending.get(key);
      if (entry === undefined) {
        const { kpi, resource, labels } = sample;
        entry = { kpi, resource, labels, parts: new Map() };
        pending.set(key, entry);
      }
      let points = entry.parts.get(part);
      if (points === undefined) {
        points = [];
        entry.parts.set(part, points);
      }
      // Points of one part that collapse onto the KPI series (dropped attributes) add up.
      const same = points.find((point) => point.timestampNs === sample.timestampNs);
      if (same === undefined)
        points.push({ timestampNs: sample.timestampNs, startNs, value: sample.value });
      else same.value += sample.value;
    },
    flush: (builder: BatchBuilder): void => {
      for (const [key, entry] of pending) emit(key, entry, builder);
    },
  };
};

export type CounterParts = ReturnType<typeof createCounterParts>;
