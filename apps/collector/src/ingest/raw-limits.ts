import type { DecodeRejection, PromParseResult, PromSample } from '../decode/types.ts';
import { normalizePrometheus } from '../normalize/index.ts';
import type { NormalizeContext, NormalizedBatch } from '../normalize/types.ts';
import { DEFAULT_LABEL_LIMITS } from './validate.ts';

const MAX_METRIC_NAME_LENGTH = DEFAULT_LABEL_LIMITS.maxLabelValueLength;

const findRawProblem = (sample: PromSample): string | undefined => {
  if (sample.name.length > MAX_METRIC_NAME_LENGTH) {
    return `metric name longer than ${MAX_METRIC_NAME_LENGTH} characters`;
  }
  let count = 0;
  for (const name in sample.labels) {
    count += 1;
    if (count > DEFAULT_LABEL_LIMITS.maxLabels) {
      return `more than ${DEFAULT_LABEL_LIMITS.maxLabels} labels`;
    }
    if (name.length > DEFAULT_LABEL_LIMITS.maxLabelNameLength) {
      return `label name longer than ${DEFAULT_LABEL_LIMITS.maxLabelNameLength} characters`;
    }
    if ((sample.labels[name]?.length ?? 0) > DEFAULT_LABEL_LIMITS.maxLabelValueLength) {
      return `label value longer than ${DEFAULT_LABEL_LIMITS.maxLabelValueLength} characters`;
    }
  }

  return undefined;
};

/**
 * Per-series limits on what arrives, before normalization drops labels: an oversized series is
 * refused even when no KPI would keep the offending label (VictoriaMetrics ignores such series
 * too, counting them). Runs on every raw Prometheus sample, so it avoids allocation.
 */
export const dropOversizedSamples = (
  samples: PromSample[],
): { samples: PromSample[]; rejected: DecodeRejection[] } => {
  let rejections: Map<string, number> | undefined;
  let kept: PromSample[] | undefined;
  for (let index = 0; index < samples.length; index++) {
    const sample = samples[index] as PromSample;
    const problem = findRawProblem(sample);
    if (problem === undefined) {
      kept?.push(sample);
      continue;
    }
    kept ??= samples.slice(0, index);
    rejections ??= new Map();
    rejections.set(problem, (rejections.get(problem) ?? 0) + 1);
  }

  return {
    samples: kept ?? samples,
    rejected: rejections ? [...rejections].map(([reason, count]) => ({ reason, count })) : [],
  };
};

/** Drops oversized raw series, normalizes the rest, and reports both kinds of refusal. */
export const normalizePrometheusWithinLimits = (
  result: PromParseResult,
  context: NormalizeContext,
): NormalizedBatch => {
  const limited = dropOversizedSamples(result.samples);
  const batch = normalizePrometheus({ ...result, samples: limited.samples }, context);

  return { ...batch, rejected: [...limited.rejected, ...batch.rejected] };
};
