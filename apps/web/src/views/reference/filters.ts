import { REFERENCE } from '@fleetlens/schema';
import type { ReferenceMatrixId } from '@fleetlens/schema';

import type { CellVerdict } from '@/server/reference/evaluate.ts';

export const MATRIX_IDS = Object.keys(REFERENCE) as ReferenceMatrixId[];
export const VERDICTS: readonly CellVerdict[] = [
  'consistent',
  'deviates',
  'insufficient',
  'reference',
];

export type ReferenceFilters = { matrix: ReferenceMatrixId | null; verdict: CellVerdict | null };

const isMatrix = (value: string | null): value is ReferenceMatrixId =>
  value !== null && (MATRIX_IDS as readonly string[]).includes(value);

const isVerdict = (value: string | null): value is CellVerdict =>
  value !== null && (VERDICTS as readonly string[]).includes(value);

/** Unknown values mean "all", so an old or mistyped link still opens the view. */
export const readFilters = (params: URLSearchParams): ReferenceFilters => {
  const matrix = params.get('matrix');
  const verdict = params.get('verdict');

  return { matrix: isMatrix(matrix) ? matrix : null, verdict: isVerdict(verdict) ? verdict : null };
};

/** The search string with one filter set or removed, every other parameter kept. */
export const withFilter = (
  params: URLSearchParams,
  name: 'matrix' | 'verdict',
  value: string | null,
): string => {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(name);
  else next.set(name, value);

  return next.toString();
};

/** Verdicts over minutes, not seconds: live ticks within a minute reuse one query. */
export const WINDOW_ALIGN_MS = 60_000;

export const alignWindow = (range: { fromMs: number; toMs: number }) => {
  const toMs = Math.floor(range.toMs / WINDOW_ALIGN_MS) * WINDOW_ALIGN_MS;
  const fromMs = Math.floor(range.fromMs / WINDOW_ALIGN_MS) * WINDOW_ALIGN_MS;

  return fromMs < toMs ? { fromMs, toMs } : range;
};
