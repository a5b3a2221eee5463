import type { OtlpMetricsRequest, PromParseResult } from '../decode/types.ts';
import { normalizeOtlpMetricsWith } from './otlp/normalize-otlp-metrics.ts';
import type { OtlpMetricExtractor } from './otlp/normalize-otlp-metrics.ts';
import { normalizePromWith } from './prometheus/normalize-prometheus.ts';
import { createRuleIndex } from './rules/index.ts';
import type { RuleSet } from './rules/types.ts';
import type { NormalizeContext, NormalizedBatch } from './types.ts';

/** A pure Prometheus normalizer that knows only the given source families' rules. */
export const createPromNormalizer = (sets: readonly RuleSet[]) => {
  const index = createRuleIndex(sets);

  return (result: PromParseResult, ctx: NormalizeContext): NormalizedBatch =>
    normalizePromWith(index, result, ctx);
};

/** A pure OTLP metrics normalizer that knows only the given source families' rules. */
export const createOtlpNormalizer = (
  sets: readonly RuleSet[],
  extractors: readonly OtlpMetricExtractor[] = [],
) => {
  const index = createRuleIndex(sets);

  return (request: OtlpMetricsRequest, ctx: NormalizeContext): NormalizedBatch =>
    normalizeOtlpMetricsWith(index, request, ctx, extractors);
};
