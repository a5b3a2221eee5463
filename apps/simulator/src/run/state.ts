import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { z } from 'zod';

/**
 * What a restart needs to continue the same timeline: the seed and origin it was built on,
 * and how far telemetry has been sent (a restart only fills the gap since then).
 */
const ZState = z.object({
  version: z.literal(1),
  seed: z.string(),
  originMs: z.number().int(),
  spanDays: z.number().positive(),
  sentUntilMs: z.number().int(),
});
export type SimulatorState = z.infer<typeof ZState>;

export const readState = async (path: string): Promise<SimulatorState | undefined> => {
  try {
    const parsed = ZState.safeParse(JSON.parse(await readFile(path, 'utf8')));

    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

export const writeState = async (path: string, state: SimulatorState): Promise<void> => {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(state, null, 2)}\n`);
};
