import { z } from 'zod';

import { CHAIN_STALL } from './chain-stall.ts';
import { COLD_START_REGRESSION } from './cold-start-regression.ts';
import { GPU_SATURATION } from './gpu-saturation.ts';
import { NODE_OFFLINE } from './node-offline.ts';
import { QUANTUM_QUEUE_SURGE } from './quantum-queue-surge.ts';
import type { ActiveScenario, ScenarioName } from './types.ts';

const DEFINITIONS = [
  COLD_START_REGRESSION,
  NODE_OFFLINE,
  GPU_SATURATION,
  CHAIN_STALL,
  QUANTUM_QUEUE_SURGE,
] as const;

export const SCENARIO_NAMES: readonly ScenarioName[] = DEFINITIONS.map(({ name }) => name);

/** A scenario as asked for, before validation: from the CLI or `POST /scenarios`. */
export const ZScenarioRequest = z.object({
  name: z.enum(SCENARIO_NAMES as [ScenarioName, ...ScenarioName[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type ScenarioRequest = z.infer<typeof ZScenarioRequest>;

const isName = (name: string): name is ScenarioName =>
  (SCENARIO_NAMES as readonly string[]).includes(name);

/** Validates the parameters and resolves relative times (`-1h`) against `nowMs`. */
export const createScenario = (request: ScenarioRequest, nowMs: number): ActiveScenario => {
  const definition = DEFINITIONS.find(({ name }) => name === request.name);
  if (definition === undefined) throw new Error(`unknown scenario "${request.name}"`);

  return definition.create(request.params, nowMs);
};

/** `name:key=value,key=value` (the `--scenario` flag) → a request. */
export const parseScenarioFlag = (text: string): ScenarioRequest => {
  const [name = '', rest = ''] = text.split(/:(.*)/s);
  if (!isName(name)) {
    throw new Error(`unknown scenario "${name}"; known: ${SCENARIO_NAMES.join(', ')}`);
  }
  const params: Record<string, string> = {};
  for (const pair of rest.split(',').filter((part) => part.trim() !== '')) {
    const [key = '', value] = pair.split(/=(.*)/s);
    if (key.trim() === '' || value === undefined) {
      throw new Error(`scenario parameter "${pair}" must be key=value`);
    }
    params[key.trim()] = value.trim();
  }

  return { name, params };
};

/** What `GET /scenarios` lists as available. */
export const describeScenarios = () =>
  DEFINITIONS.map(({ name, description, example, schema }) => ({
    name,
    description,
    example,
    params: Object.keys(schema.shape),
  }));
