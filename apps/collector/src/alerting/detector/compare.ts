import { quantile } from '@fleetlens/db';

import type { ColdStartParams } from '../rules/rule-schema.ts';
import type { Condition } from '../types.ts';
import { mannWhitneyGreater } from './mann-whitney.ts';

export type Comparison = {
  condition: Condition;
  /** Relative increase of the chosen quantile: 0.25 means 25 % slower. */
  increase: number;
  evidence: Record<string, unknown>;
};

const round = (value: number, digits = 6): number =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value;

const summary = (values: readonly number[], q: number) => ({
  count: values.length,
  p50: round(quantile(0.5, values)),
  p95: round(quantile(0.95, values)),
  p99: round(quantile(0.99, values)),
  atQuantile: round(quantile(q, values)),
});

/**
 * The decision: a regression needs both an effect large enough to matter (the quantile grew
 * by minIncrease) and evidence that it is not noise (the one-sided rank test below alpha).
 * It clears only well below that (increase under resolveIncrease or p above resolveAlpha);
 * between the two is the hysteresis band. Too few samples on either side clears too.
 */
export const compareDistributions = (
  recent: readonly number[],
  baseline: readonly number[],
  params: ColdStartParams,
): Comparison => {
  const recentSummary = summary(recent, params.quantile);
  const baselineSummary = summary(baseline, params.quantile);
  if (recent.length < params.minSamples || baseline.length < params.minBaselineSamples) {
    return {
      condition: 'clear',
      increase: Number.NaN,
      evidence: { reason: 'too few samples', recent: recentSummary, baseline: baselineSummary },
    };
  }
  const before = quantile(params.quantile, baseline);
  const after = quantile(params.quantile, recent);
  const increase = before > 0 ? after / before - 1 : Number.NaN;
  const test = mannWhitneyGreater(recent, baseline);
  const isRegressed = increase >= params.minIncrease && test.pValue <= params.alpha;
  const isClear = !(increase >= params.resolveIncrease) || test.pValue > params.resolveAlpha;

  return {
    condition: isRegressed ? 'firing' : isClear ? 'clear' : 'hold',
    increase,
    evidence: {
      quantile: params.quantile,
      increase: round(increase),
      pValue: test.pValue,
      z: round(test.z, 3),
      probabilityGreater: round(test.probabilityGreater, 4),
      recent: recentSummary,
      baseline: baselineSummary,
    },
  };
};
