import type { HistogramPoint } from './samples.ts';
import { ZHistogramPoint } from './samples.ts';

/**
 * Finds what makes a histogram point unusable for percentiles. Kept out of ZHistogramPoint
 * itself so that schema stays a plain object that others can extend or pick.
 */
export const findHistogramProblems = (point: HistogramPoint): string[] => {
  const problems: string[] = [];
  if (point.bucketCounts.length !== point.bounds.length + 1) {
    problems.push(
      `bucketCounts has ${point.bucketCounts.length} entries, expected bounds.length + 1 = ` +
        `${point.bounds.length + 1}`,
    );
  }
  point.bounds.forEach((bound, index) => {
    const previous = point.bounds[index - 1];
    if (Number.isNaN(bound) || (previous !== undefined && !(bound > previous))) {
      problems.push(`bounds must be strictly ascending numbers (index ${index})`);
    }
  });
  if (point.bucketCounts.some((count) => !(count >= 0) || !Number.isFinite(count))) {
    problems.push('bucketCounts must be finite and non-negative');
  }

  return problems;
};

/** ZHistogramPoint plus the bucket invariants, for use at trust boundaries. */
export const ZHistogramPointChecked = ZHistogramPoint.superRefine((point, context) => {
  for (const message of findHistogramProblems(point)) {
    context.addIssue({ code: 'custom', message, path: ['bucketCounts'] });
  }
});
