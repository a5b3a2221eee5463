import { z } from 'zod';

import { parseInstantMs } from '../fleet/time.ts';

/** `from` and `until` as every scenario accepts them: now, -2h, +10m, ISO or epoch ms. */
export const ZWindowParams = z.object({
  from: z.union([z.string(), z.number()]).default('now'),
  until: z.union([z.string(), z.number()]).optional(),
});

export const resolveWindow = (
  params: z.infer<typeof ZWindowParams>,
  nowMs: number,
): { fromMs: number; untilMs?: number } => {
  const fromMs = parseInstantMs(String(params.from), nowMs);
  if (params.until === undefined) return { fromMs };
  const untilMs = parseInstantMs(String(params.until), nowMs);
  if (untilMs <= fromMs) throw new Error('until must be after from');

  return { fromMs, untilMs };
};
