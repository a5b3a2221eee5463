import type Database from 'better-sqlite3';

import { readWindowValues } from '@fleetlens/db';

import type { Observation } from '../types.ts';
import { compareValue } from './compare.ts';
import { toSeriesFilters } from './filters.ts';
import { reduceWindow } from './reduce.ts';
import type { AlertRule } from './rule-schema.ts';

type ThresholdRule = Extract<AlertRule, { kind: 'threshold' }>;

const NS_PER_SECOND = 1_000_000_000n;

/** One observation per group that has values in (at − window, at]; silent groups clear. */
export const evaluateThresholdRule = (
  sqlite: Database.Database,
  rule: ThresholdRule,
  atNs: bigint,
): Observation[] => {
  const window = readWindowValues(sqlite, {
    kpi: rule.kpi,
    filters: toSeriesFilters(rule.matchers),
    by: rule.params.by,
    fromNs: atNs - BigInt(rule.windowSeconds) * NS_PER_SECOND,
    toNs: atNs,
  });

  return window.groups.map((group) => {
    const value = reduceWindow(
      rule.params.agg,
      group.series,
      rule.windowSeconds,
      window.source === 'events',
    );
    const isFiring = Number.isFinite(value) && compareValue(value, rule.operator, rule.threshold);

    return {
      labels: group.labels,
      condition: isFiring ? 'firing' : 'clear',
      value: Number.isFinite(value) ? value : null,
      evidence: {
        kpi: rule.kpi,
        agg: rule.params.agg,
        value,
        operator: rule.operator,
        threshold: rule.threshold,
        windowSeconds: rule.windowSeconds,
        source: window.source,
        series: group.series.length,
        samples: group.series.reduce((sum, series) => sum + series.values.length, 0),
      },
    };
  });
};
