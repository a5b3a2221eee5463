import type Database from 'better-sqlite3';

import { readLastSeen } from '@fleetlens/db';

import type { Observation } from '../types.ts';
import { toSeriesFilters } from './filters.ts';
import type { AlertRule } from './rule-schema.ts';

type AbsenceRule = Extract<AlertRule, { kind: 'absence' }>;

const NS_PER_SECOND = 1_000_000_000n;

/**
 * A group (a node, an instance, …) that reported within forgetAfterSeconds but not within the
 * last windowSeconds has stopped reporting. Groups never seen are not absent: there is no way
 * to tell a node that stopped from one that never existed.
 */
export const evaluateAbsenceRule = (
  sqlite: Database.Database,
  rule: AbsenceRule,
  atNs: bigint,
): Observation[] =>
  readLastSeen(sqlite, {
    kpi: rule.kpi,
    filters: toSeriesFilters(rule.matchers),
    by: rule.params.by,
    sinceNs: atNs - BigInt(rule.params.forgetAfterSeconds) * NS_PER_SECOND,
    atNs,
  }).map((group) => {
    const silentSeconds = Number(atNs - group.lastSeenNs) / 1e9;

    return {
      labels: group.labels,
      condition: silentSeconds > rule.windowSeconds ? 'firing' : 'clear',
      value: silentSeconds,
      evidence: {
        kpi: rule.kpi,
        lastSeenMs: Number(group.lastSeenNs / 1_000_000n),
        silentSeconds,
        windowSeconds: rule.windowSeconds,
      },
    };
  });
