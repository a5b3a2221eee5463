import { z } from 'zod';
import { ZParadigm } from '../paradigm.ts';

/** Where a sample or event comes from, the same for every paradigm. */
export const ZResource = z
  .object({
    tenant: z.string().describe("Owning tenant; 'default' when the source names none"),
    paradigm: ZParadigm,
    platform: z
      .string()
      .describe('A PLATFORMS id, e.g. wasmtime, aws-lambda, nvidia-dcgm-exporter'),
    cluster: z.string().optional().describe('Cluster or region the workload runs in'),
    node: z.string().optional().describe('Host, edge node or gateway'),
    namespace: z.string().optional().describe('Kubernetes namespace or equivalent grouping'),
    workload: z
      .string()
      .optional()
      .describe('Logical workload: service, function, component, model, channel or job family'),
    instance: z.string().optional().describe('One running copy: pod, function instance, process'),
    attributes: z
      .record(z.string(), z.string())
      .describe('Free attributes of the source kept as-is (e.g. OTel resource attributes)'),
  })
  .describe('Where a sample or event comes from: tenant, paradigm, platform and placement');
export type Resource = z.infer<typeof ZResource>;
