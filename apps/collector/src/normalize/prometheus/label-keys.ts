import type { Labels } from '../labels.ts';
import { toLabelKey } from '../labels.ts';

/**
 * toLabelKey once per label map of a batch. The decoders share one map among the samples of a
 * label set, so sibling series (a count beside its duration counter) mostly ask for the same
 * maps' keys again.
 */
export const createLabelKeys = () => {
  const keys = new Map<Labels, string>();

  return (labels: Labels): string => {
    let key = keys.get(labels);
    if (key === undefined) {
      key = toLabelKey(labels);
      keys.set(labels, key);
    }

    return key;
  };
};

export type LabelKeys = ReturnType<typeof createLabelKeys>;
