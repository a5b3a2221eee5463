import type { RuleSet } from './types.ts';

/**
 * OTel hardware metrics for GPUs (semconv, development). `hw.id` names the device.
 * @see https://opentelemetry.io/docs/specs/semconv/hardware/gpu/
 */
export const OTEL_GPU_RULES: RuleSet = {
  family: 'otel-gpu',
  rules: [
    {
      match: { metric: 'hw.gpu.utilization' },
      kpi: 'gpu_utilization_ratio',
      shape: 'gauge',
      labels: { gpu: 'hw.id' },
    },
    {
      match: { metric: 'hw.gpu.memory.usage' },
      kpi: 'gpu_memory_used_bytes',
      shape: 'gauge',
      labels: { gpu: 'hw.id' },
    },
    {
      match: { metric: 'hw.energy', where: [{ label: 'hw.type', in: ['gpu'] }] },
      kpi: 'energy_joules_total',
      shape: 'counter',
      labels: { gpu: 'hw.id' },
    },
  ],
};
