import { z } from 'zod';

import type { QuantumQueueSurge } from './types.ts';
import { isInWindow } from './types.ts';
import { resolveWindow, ZWindowParams } from './window-params.ts';

/** Provider names as users say them → the platform their jobs report under. */
const PROVIDERS: Readonly<Record<string, string>> = {
  ibm: 'qiskit',
  qiskit: 'qiskit',
  google: 'cirq',
  cirq: 'cirq',
  xanadu: 'pennylane',
  pennylane: 'pennylane',
  aws: 'amazon-braket',
  braket: 'amazon-braket',
  'amazon-braket': 'amazon-braket',
};

/** A provider's queues fill up (a popular device, a calibration window): waits grow `factor`×. */
export const QUANTUM_QUEUE_SURGE = {
  name: 'quantum-queue-surge',
  description: 'Jobs created on one provider wait `factor` times longer in its queues',
  example: 'quantum-queue-surge:provider=ibm,factor=8,from=-1h',
  schema: ZWindowParams.extend({
    provider: z
      .string()
      .transform((value) => value.toLowerCase())
      .refine((value) => PROVIDERS[value] !== undefined, {
        message: `provider must be one of ${Object.keys(PROVIDERS).join(', ')}`,
      }),
    factor: z.coerce.number().min(1).default(8),
  }),
  create: (raw: Record<string, unknown>, nowMs: number): QuantumQueueSurge => {
    const params = QUANTUM_QUEUE_SURGE.schema.parse(raw);

    return {
      name: 'quantum-queue-surge',
      params: { provider: PROVIDERS[params.provider] ?? params.provider, factor: params.factor },
      ...resolveWindow(params, nowMs),
    };
  },
  /** Queue-time multiplier for jobs of `platform` created at `t`. */
  factorAt: (scenario: QuantumQueueSurge, platform: string, t: number): number =>
    scenario.params.provider === platform && isInWindow(scenario, t) ? scenario.params.factor : 1,
} as const;
