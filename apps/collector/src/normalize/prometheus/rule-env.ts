import type { Resource } from '@fleetlens/schema';

import type { BatchBuilder } from '../batch-builder.ts';
import type { Labels } from '../labels.ts';
import type { RuleSet } from '../rules/types.ts';

/** What applying one rule to one group of samples needs from the batch around it. */
export type PromRuleEnv = {
  builder: BatchBuilder;
  resourceOf: (labels: Labels, set: RuleSet) => Resource;
  toNs: (timestampMs: number | undefined) => bigint;
  /** Value of a sibling series (by sample name) with the same labels, if the batch has it. */
  findSibling: (name: string, labels: Labels, timestampMs?: number) => number | undefined;
};
