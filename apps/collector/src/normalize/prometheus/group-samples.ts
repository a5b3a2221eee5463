import type { PromMetricType, PromParseResult, PromSample } from '../../decode/types.ts';
import type { RuleEntry, RuleIndex } from '../rules/index.ts';
import { createFamilyResolver } from './resolve-family.ts';
import type { Resolution } from './resolve-family.ts';

/** All samples read by the same rules: one family, or a histogram's suffix families. */
export type SampleGroup = {
  name: string;
  /** Declared TYPE; undefined for untyped/unknown families and remote-write. */
  type: PromMetricType | undefined;
  entries: readonly RuleEntry[];
  samples: PromSample[];
};

export type GroupedSamples = {
  groups: Map<string, SampleGroup>;
  /** Samples other rules read as counts or subtrahends, by sample name. */
  siblings: Map<string, PromSample[]>;
  /** Family → samples no rule reads (siblings-only families are not counted). */
  unmapped: Map<string, number>;
  familyNames: Set<string>;
};

const UNTYPED: ReadonlySet<PromMetricType> = new Set(['untyped', 'unknown']);

const declaredType = (result: PromParseResult, family: string): PromMetricType | undefined => {
  const type = result.families.get(family)?.type;

  return type === undefined || UNTYPED.has(type) ? undefined : type;
};

/**
 * One pass over the samples. Consecutive samples nearly always share a family, so the
 * family's resolution and group are reused until the family changes.
 */
export const groupSamples = (result: PromParseResult, index: RuleIndex): GroupedSamples => {
  const resolveFamily = createFamilyResolver(index);
  const grouped: GroupedSamples = {
    groups: new Map(),
    siblings: new Map(),
    unmapped: new Map(),
    familyNames: new Set(),
  };
  let lastFamily: string | undefined;
  let resolution: Resolution = { kind: 'none' };
  let group: SampleGroup | undefined;

  for (const sample of result.samples) {
    const family = sample.family === '' ? sample.name : sample.family;
    if (family !== lastFamily) {
      lastFamily = family;
      grouped.familyNames.add(family);
      const type = declaredType(result, family);
      resolution = resolveFamily(family, type !== undefined);
      group = undefined;
      if (resolution.kind === 'rules') {
        group = grouped.groups.get(resolution.name);
        if (group === undefined) {
          group = { name: resolution.name, type, entries: resolution.entries, samples: [] };
          grouped.groups.set(resolution.name, group);
        } else {
          group.type ??= type;
        }
      }
    }
    const isSibling = index.isSibling(sample.name);
    if (isSibling) {
      const list = grouped.siblings.get(sample.name) ?? [];
      list.push(sample);
      grouped.siblings.set(sample.name, list);
    }
    if (group) {
      group.samples.push(sample);
    } else if (!isSibling) {
      const name = resolution.kind === 'proposed' ? resolution.name : family;
      grouped.unmapped.set(name, (grouped.unmapped.get(name) ?? 0) + 1);
    }
  }

  return grouped;
};
