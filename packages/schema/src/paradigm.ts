import { z } from 'zod';

/**
 * The workload paradigms the fleet mixes. `container` is the baseline the source document
 * compares every emerging paradigm against.
 */
export const ZParadigm = z
  .enum(['wasm', 'edge', 'serverless', 'ai_ml', 'blockchain', 'iot', 'quantum', 'container'])
  .describe('Workload paradigm: an emerging container technology or the plain-container baseline');
export type Paradigm = z.infer<typeof ZParadigm>;

export const ZParadigmInfo = z.object({
  id: ZParadigm.describe('Stable paradigm id'),
  name: z.string().min(1).describe('English name'),
  nameZh: z.string().min(1).describe('Name as the source document writes it (Chinese)'),
});
export type ParadigmInfo = z.infer<typeof ZParadigmInfo>;

/** In the order the source document introduces them, baseline last. */
export const PARADIGMS: readonly ParadigmInfo[] = [
  { id: 'wasm', name: 'WebAssembly', nameZh: 'WebAssembly' },
  { id: 'edge', name: 'Edge containers', nameZh: '边缘容器' },
  { id: 'serverless', name: 'Serverless containers', nameZh: '无服务器容器' },
  { id: 'ai_ml', name: 'AI/ML containers', nameZh: 'AI/ML容器' },
  { id: 'blockchain', name: 'Blockchain containers', nameZh: '区块链容器' },
  { id: 'iot', name: 'IoT containers', nameZh: 'IoT容器' },
  { id: 'quantum', name: 'Quantum computing containers', nameZh: '量子计算容器' },
  { id: 'container', name: 'Containers', nameZh: '容器' },
];

export const PARADIGM_IDS: readonly Paradigm[] = ZParadigm.options;

export const findParadigm = (id: string): ParadigmInfo | undefined =>
  PARADIGMS.find((paradigm) => paradigm.id === id);

/** Reads the document's own wording, e.g. the paradigm lists of its scenario-fit section. */
export const findParadigmByZh = (nameZh: string): ParadigmInfo | undefined =>
  PARADIGMS.find((paradigm) => paradigm.nameZh === nameZh);
