import type Database from 'better-sqlite3';

import type { ColdStartReader } from '@fleetlens/db';

import { detectColdStartRegressions } from './detector/cold-start-detector.ts';
import { fingerprintOf } from './fingerprint.ts';
import { evaluateAbsenceRule } from './rules/absence-rule.ts';
import type { AlertRule } from './rules/rule-schema.ts';
import { evaluateThresholdRule } from './rules/threshold-rule.ts';
import type { AlertTimings, Observation } from './types.ts';

const NS_PER_SECOND = 1_000_000_000n;

/** What one rule says at `atNs`, group by group. */
export const observeRule = ({
  sqlite,
  readColdStarts,
  rule,
  atNs,
  activeSinceOf,
}: {
  sqlite: Database.Database;
  readColdStarts: ColdStartReader;
  rule: AlertRule;
  atNs: bigint;
  /** When the rule's alert for a fingerprint became active, if it is. */
  activeSinceOf: (fingerprint: string) => bigint | undefined;
}): Observation[] => {
  switch (rule.kind) {
    case 'threshold':
      return evaluateThresholdRule(sqlite, rule, atNs);
    case 'absence':
      return evaluateAbsenceRule(sqlite, rule, atNs);
    case 'cold_start_regression':
      return detectColdStartRegressions({
        read: readColdStarts,
        rule,
        atNs,
        anchorOf: (labels) => activeSinceOf(fingerprintOf(labels)),
      });
  }
};

/** The rule's for duration and its resolve hold. */
export const timingsOf = (rule: AlertRule): AlertTimings => {
  const resolveForSeconds =
    rule.kind === 'cold_start_regression'
      ? rule.params.resolveForSeconds
      : rule.kind === 'threshold'
        ? rule.params.keepFiringForSeconds
        : 0;

  return {
    forNs: BigInt(rule.forSeconds) * NS_PER_SECOND,
    resolveForNs: BigInt(resolveForSeconds) * NS_PER_SECOND,
  };
};
