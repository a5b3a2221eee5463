import type { OtlpMetricsRequest, PromParseResult } from '../decode/types.ts';
import { LAMBDA_METRIC_EXTRACTOR } from './lambda/extractor.ts';
import { createCounterPartMemory } from './otlp/counter-parts.ts';
import { normalizeOtlpMetricsWith } from './otlp/normalize-otlp-metrics.ts';
import { normalizePromWith } from './prometheus/normalize-prometheus.ts';
import { DEFAULT_RULE_INDEX } from './rules/index.ts';
import type { NormalizeContext, NormalizedBatch } from './types.ts';

/**
 * The normalizer: decoded telemetry in, canonical KPIs, events and unmapped counts out.
 * The rules are data (rules/, versioned by RULES_VERSION). Every function is pure but one:
 * OTLP counters that several source counters feed remember each part's newest value across
 * requests (otlp/counter-parts.ts), since senders write those parts at different times.
 */
const COUNTER_PARTS = createCounterPartMemory();

export const normalizePrometheus = (
  result: PromParseResult,
  ctx: NormalizeContext,
): NormalizedBatch => normalizePromWith(DEFAULT_RULE_INDEX, result, ctx);

export const normalizeOtlpMetrics = (
  request: OtlpMetricsRequest,
  ctx: NormalizeContext,
): NormalizedBatch =>
  normalizeOtlpMetricsWith(
    DEFAULT_RULE_INDEX,
    request,
    ctx,
    [LAMBDA_METRIC_EXTRACTOR],
    COUNTER_PARTS,
  );

export { normalizeOtlpTraces } from './spans.ts';
export { normalizeOtlpLogs } from './logs.ts';
export { RULES_VERSION, RULE_SETS } from './rules/index.ts';
export type { NormalizeContext, NormalizedBatch, UnmappedCount } from './types.ts';
