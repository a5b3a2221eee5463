import { z } from 'zod';

/**
 * Any IEEE-754 number. zod 4's `z.number()` rejects NaN and ±Infinity, but Prometheus and
 * OTLP carry them as real values (NaN, `+Inf` bucket bounds, -Inf gauges).
 */
export const ZFloat = z
  .custom<number>((value) => typeof value === 'number', {
    message: 'Expected a number (NaN and ±Infinity allowed)',
  })
  .describe('IEEE-754 double; NaN, +Infinity and -Infinity are valid values');
export type Float = z.infer<typeof ZFloat>;
