import type { RuleEntry, RuleIndex } from '../rules/index.ts';

/** The rules of a series and the name they were found under (the histogram's base name). */
export type Resolution =
  | { kind: 'rules'; name: string; entries: readonly RuleEntry[] }
  | { kind: 'proposed'; name: string }
  | { kind: 'none' };

const NONE: Resolution = { kind: 'none' };
const SUFFIXES = ['_bucket', '_sum', '_count', '_total', '_created'] as const;

const lookUp = (index: RuleIndex, name: string): Resolution | undefined => {
  const entries = index.findRules(name);
  if (entries) return { kind: 'rules', name, entries };
  const proposed = index.findProposed(name);

  return proposed ? { kind: 'proposed', name: proposed.match.metric } : undefined;
};

/**
 * Names to try for a family: the family as named; then `<family>_total` (OpenMetrics names
 * a counter family without it). Only for families with no declared type (remote-write has
 * no metadata, so `foo_bucket` arrives as a family of its own) is a suffix stripped to find
 * the base name. The rule found then decides the type; the suffix never does.
 */
const resolve = (index: RuleIndex, name: string, isTyped: boolean): Resolution => {
  const direct = lookUp(index, name) ?? lookUp(index, `${name}_total`);
  if (direct || isTyped) return direct ?? NONE;
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    const base = lookUp(index, name.slice(0, -suffix.length));
    if (base) return base;
  }

  return NONE;
};

/** One lookup per family per batch, not per sample. */
export const createFamilyResolver = (index: RuleIndex) => {
  const memo = new Map<string, Resolution>();

  return (name: string, isTyped: boolean): Resolution => {
    let resolution = memo.get(name);
    if (resolution === undefined) {
      resolution = resolve(index, name, isTyped);
      memo.set(name, resolution);
    }

    return resolution;
  };
};

export type FamilyResolver = ReturnType<typeof createFamilyResolver>;
