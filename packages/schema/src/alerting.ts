/** Comparison operators of threshold rules, as PromQL writes them. */
export const ALERT_OPERATORS = ['>', '>=', '<', '<=', '==', '!='] as const;
export type AlertOperator = (typeof ALERT_OPERATORS)[number];

/**
 * How a threshold rule reduces its window to one value per group: over every sample or event
 * value (avg, min, max, p50, p95, p99, count), the newest value (last), the sum of each
 * series' newest value (sum), or counter-style growth with resets handled (increase, rate).
 */
export const ALERT_REDUCERS = [
  'avg',
  'min',
  'max',
  'last',
  'sum',
  'count',
  'increase',
  'rate',
  'p50',
  'p95',
  'p99',
] as const;
export type AlertReducer = (typeof ALERT_REDUCERS)[number];
