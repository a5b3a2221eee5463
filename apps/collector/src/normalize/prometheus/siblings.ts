import type { PromSample } from '../../decode/types.ts';
import type { Labels } from '../labels.ts';
import type { LabelKeys } from './label-keys.ts';

/** A sibling's values per label key; per key and time only for series sent more than once. */
type SiblingIndex = { latest: Map<string, number>; byTime: Map<string, number> | undefined };

const toTimeKey = (labelKey: string, timestampMs: number | undefined): string =>
  `${labelKey}\u0003${String(timestampMs)}`;

const indexSiblings = (samples: readonly PromSample[], keyOf: LabelKeys): SiblingIndex => {
  const latest = new Map<string, number>();
  const times = new Map<string, number | undefined>();
  let byTime: Map<string, number> | undefined;
  for (const sample of samples) {
    const key = keyOf(sample.labels);
    if (times.has(key) && times.get(key) !== sample.timestampMs) byTime ??= new Map();
    times.set(key, sample.timestampMs);
    latest.set(key, sample.value);
  }
  // Only a remote-write request holding several scrapes pays for the second index.
  if (byTime !== undefined) {
    for (const sample of samples) {
      byTime.set(toTimeKey(keyOf(sample.labels), sample.timestampMs), sample.value);
    }
  }

  return { latest, byTime };
};

/**
 * Value of a sibling series (by sample name) with the same labels: the one at the same
 * timestamp when the batch holds several, else the last one.
 */
export const createSiblingLookup = (
  siblings: ReadonlyMap<string, readonly PromSample[]>,
  keyOf: LabelKeys,
) => {
  const indexed = new Map<string, SiblingIndex>();

  return (name: string, labels: Labels, timestampMs?: number): number | undefined => {
    let index = indexed.get(name);
    if (index === undefined) {
      index = indexSiblings(siblings.get(name) ?? [], keyOf);
      indexed.set(name, index);
    }
    const labelKey = keyOf(labels);

    return index.byTime?.get(toTimeKey(labelKey, timestampMs)) ?? index.latest.get(labelKey);
  };
};
