import type { AggregationTemporality, OtlpHistogramPoint } from '../types.ts';
import { ItemError } from './item-error.ts';

/** The spec allows no buckets at all, or exactly one more count than bounds. */
export function checkHistogramBuckets(point: OtlpHistogramPoint): void {
  const counts = point.bucketCounts.length;
  if (counts !== 0 && counts !== point.explicitBounds.length + 1) {
    throw new ItemError(
      `histogram has ${counts} bucket counts for ${point.explicitBounds.length} bounds`,
    );
  }
}

/** Temporality values outside the enum cannot be interpreted, so their points are refused. */
export function toTemporality(value: number): AggregationTemporality | undefined {
  return value === 0 || value === 1 || value === 2 ? value : undefined;
}
