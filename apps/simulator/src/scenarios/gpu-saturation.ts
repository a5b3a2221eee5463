import { z } from 'zod';

import type { GpuSaturation } from './types.ts';
import { isInWindow } from './types.ts';
import { resolveWindow, ZWindowParams } from './window-params.ts';

/**
 * A GPU server runs flat out: utilization near `level`, framebuffer almost full, power at the
 * limit, requests queueing and latencies several times longer.
 */
export const GPU_SATURATION = {
  name: 'gpu-saturation',
  description:
    "One GPU server's GPUs saturate: utilization, memory and queues climb, latency grows",
  example: 'gpu-saturation:server=gpu-node-02,from=-30m',
  schema: ZWindowParams.extend({
    server: z.string().min(1),
    level: z.coerce.number().min(0.5).max(1).default(0.98),
  }),
  create: (raw: Record<string, unknown>, nowMs: number): GpuSaturation => {
    const params = GPU_SATURATION.schema.parse(raw);

    return {
      name: 'gpu-saturation',
      params: { server: params.server, level: params.level },
      ...resolveWindow(params, nowMs),
    };
  },
  /** Target utilization of `server` at `t`, or undefined when not saturated. */
  levelAt: (scenario: GpuSaturation, server: string, t: number): number | undefined =>
    scenario.params.server === server && isInWindow(scenario, t)
      ? scenario.params.level
      : undefined,
} as const;
