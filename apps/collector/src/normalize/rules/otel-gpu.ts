import type { RuleSet } from './types.ts';

/** The GPU as a whole: the general task, or no task attribute at all. */
const GENERAL_TASK = [{ label: 'hw.gpu.task', in: ['', 'general'] }] as const;

/**
 * OTel hardware metrics for GPUs (semconv, development). `hw.id` names the device.
 *
 * `hw.gpu.utilization` is the fraction of time spent in one task, `hw.gpu.task` = general,
 * encoder or decoder: the engines run side by side, so the per-task fractions are not parts
 * of a whole and their sum means nothing. The catalog's gpu_utilization_ratio is the busy
 * fraction of the compute engine (DCGM GPU_UTIL, Triton nv_gpu_utilization), and has no task
 * dimension: it is the general task's point, or the point with no task when the sender does
 * not split by task. Encoder and decoder points are not read.
 * @see https://opentelemetry.io/docs/specs/semconv/hardware/gpu/
 */
export const OTEL_GPU_RULES: RuleSet = {
  family: 'otel-gpu',
  rules: [
    {
      match: { metric: 'hw.gpu.utilization', where: GENERAL_TASK },
      kpi: 'gpu_utilization_ratio',
      shape: 'gauge',
      labels: { gpu: 'hw.id' },
      // A ratio: points of one GPU that still collapse (other attributes) are never added.
      merge: 'max',
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
