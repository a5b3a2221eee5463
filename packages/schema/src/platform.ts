import { z } from 'zod';
import { ZParadigm } from './paradigm.ts';
import { AI_ML_PLATFORMS } from './platforms/ai-ml.ts';
import { BLOCKCHAIN_PLATFORMS } from './platforms/blockchain.ts';
import { CONTAINER_PLATFORMS } from './platforms/container.ts';
import { EDGE_PLATFORMS } from './platforms/edge.ts';
import { QUANTUM_PLATFORMS } from './platforms/quantum.ts';
import { SERVERLESS_PLATFORMS } from './platforms/serverless.ts';
import { WASM_PLATFORMS } from './platforms/wasm.ts';

export const ZPlatformKind = z
  .enum([
    'runtime',
    'orchestrator',
    'managed_service',
    'model_server',
    'exporter',
    'framework',
    'ledger',
    'sdk',
  ])
  .describe('What sort of system the platform is, which decides where its telemetry comes from');
export type PlatformKind = z.infer<typeof ZPlatformKind>;

export const ZBilingualText = z.object({
  zh: z.string().min(1).describe('Text exactly as the source document writes it (Chinese)'),
  en: z.string().min(1).describe('English rendering of the same text'),
});
export type BilingualText = z.infer<typeof ZBilingualText>;

export const ZPlatform = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/)
    .describe('Stable id, referenced by Resource.platform; never renamed'),
  paradigms: z
    .array(ZParadigm)
    .min(1)
    .describe('Paradigms the platform serves; several when the document lists it in several'),
  displayName: z.string().min(1).describe('Name shown in the dashboard'),
  kind: ZPlatformKind,
  description: ZBilingualText.optional().describe(
    "The source document's own description of the platform, when it gives one",
  ),
  documented: z
    .boolean()
    .describe(
      'True when the source document names the platform; false for systems the collector meets',
    ),
});
export type Platform = z.infer<typeof ZPlatform>;

export const PLATFORMS: readonly Platform[] = [
  ...WASM_PLATFORMS,
  ...EDGE_PLATFORMS,
  ...SERVERLESS_PLATFORMS,
  ...AI_ML_PLATFORMS,
  ...BLOCKCHAIN_PLATFORMS,
  ...QUANTUM_PLATFORMS,
  ...CONTAINER_PLATFORMS,
];

export const PLATFORM_IDS: readonly string[] = PLATFORMS.map((platform) => platform.id);

export const findPlatform = (id: string): Platform | undefined =>
  PLATFORMS.find((platform) => platform.id === id);

export const isPlatformId = (id: string): boolean => PLATFORM_IDS.includes(id);
