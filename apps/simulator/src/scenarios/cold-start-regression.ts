import { z } from 'zod';

import type { ColdStartRegression } from './types.ts';
import { isInWindow } from './types.ts';
import { resolveWindow, ZWindowParams } from './window-params.ts';

/** A platform's cold starts get `percent` % slower from `from` (a bad release, a bigger image). */
export const COLD_START_REGRESSION = {
  name: 'cold-start-regression',
  description: 'Every cold start of one platform takes `percent` % longer from `from` on',
  example: 'cold-start-regression:platform=aws-lambda,percent=40,from=-1h',
  schema: ZWindowParams.extend({
    platform: z.string().min(1),
    percent: z.coerce.number().gt(-100).default(50),
  }),
  create: (raw: Record<string, unknown>, nowMs: number): ColdStartRegression => {
    const params = COLD_START_REGRESSION.schema.parse(raw);

    return {
      name: 'cold-start-regression',
      params: { platform: params.platform, percent: params.percent },
      ...resolveWindow(params, nowMs),
    };
  },
  /** Startup durations of `platform` at `t` are multiplied by this. */
  factorAt: (scenario: ColdStartRegression, platform: string, t: number): number =>
    scenario.params.platform === platform && isInWindow(scenario, t)
      ? 1 + scenario.params.percent / 100
      : 1,
} as const;
