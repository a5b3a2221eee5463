import type { OtlpExponentialHistogramPoint } from '../../decode/types.ts';

/**
 * Exponential buckets → explicit bounds, so one histogram shape reaches the store. Bucket
 * `i` (absolute index) holds values in (base^i, base^(i+1)] with base = 2^(2^-scale); the
 * zero bucket becomes a first bound at 0. Negative observations make no sense for the
 * durations and sizes KPIs hold: such points are refused (undefined).
 * @see https://opentelemetry.io/docs/specs/otel/metrics/data-model/#exponentialhistogram
 */
export const toExplicitBuckets = (
  point: OtlpExponentialHistogramPoint,
): { bounds: number[]; bucketCounts: number[] } | undefined => {
  if (point.negative.bucketCounts.some((count) => count > 0n)) return undefined;
  const step = 2 ** -point.scale;
  const bounds = [0];
  const bucketCounts = [Number(point.zeroCount)];
  point.positive.bucketCounts.forEach((count, position) => {
    bounds.push(2 ** ((point.positive.offset + position + 1) * step));
    bucketCounts.push(Number(count));
  });
  bucketCounts.push(0);

  return { bounds, bucketCounts };
};
