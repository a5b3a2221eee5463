import { formatNumber, formatValue } from '@/client/format.ts';
import { MEASURE_BASIS, MEASURE_UNITS } from '@/server/routers/comparison-measures.ts';
import type { MeasureCell, MeasureId } from '@/server/routers/comparison-measures.ts';

/** A measure's value in its unit; tokens per joule is a plain count ratio. */
export const formatMeasure = (id: MeasureId, value: number | null): string =>
  id === 'tokens_per_joule' && value !== null
    ? formatNumber(value)
    : formatValue(value, MEASURE_UNITS[id]);

/** "12 res.", "2 GPU srv.", "5.2 k starts": what the value rests on. */
export const formatBasis = (
  id: MeasureId,
  cell: MeasureCell,
  t: (key: string, vars?: Record<string, string | number>) => string,
): string => t(`comparison.basis.${MEASURE_BASIS[id]}`, { n: formatNumber(cell.basis) });
