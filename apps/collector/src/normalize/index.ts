import type { OtlpMetricsRequest, PromParseResult } from '../decode/types.ts';
import { LAMBDA_METRIC_EXTRACTOR } from './lambda/extractor.ts';
import { normalizeOtlpMetricsWith } from './otlp/normalize-otlp-metrics.ts';
import { normalizePromWith } from './prometheus/normalize-prometheus.ts';
import { DEFAULT_RULE_INDEX } from './rules/index.ts';
import type { NormalizeContext, NormalizedBatch } from './types.ts';

/**
 * The normalizer: decoded telemetry in, canonical KPIs, events and unmapped counts out.
 * Every function is pure; the rules are data (rules/, versioned by RULES_VERSION).
 */
export const normalizePrometheus = (
  result: PromParseResult,
  ctx: NormalizeContext,
): NormalizedBatch => normalizePromWith(DEFAULT_RULE_INDEX, result, ctx);

export const normalizeOtlpMetrics = (
  request: OtlpMetricsRequest,
  ctx: NormalizeContext,
): NormalizedBatch =>
  normalizeOtlpMetricsWith(DEFAULT_RULE_INDEX, request, ctx, [LAMBDA_METRIC_EXTRACTOR]);

export { normalizeOtlpTraces } from './spans.ts';
export { normalizeOtlpLogs } from './logs.ts';
export { RULES_VERSION, RULE_SETS } from './rules/index.ts';
export type { NormalizeContext, NormalizedBatch, UnmappedCount } from './types.ts';
