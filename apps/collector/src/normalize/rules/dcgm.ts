import type { RuleSet } from './types.ts';

/**
 * NVIDIA DCGM exporter. Framebuffer in **MiB**, utilization in **percent**, energy in **mJ**
 * since boot: a counter whichever TYPE the exporter's counters CSV gives it. `gpu` is the
 * device UUID (stable across reboots), else the index.
 * Labels keep their exporter case: `UUID`, `modelName`, `Hostname`.
 * @see https://github.com/NVIDIA/dcgm-exporter/blob/main/etc/default-counters.csv
 */
const GPU = { gpu: ['UUID', 'gpu'] } as const;

export const DCGM_RULES: RuleSet = {
  family: 'dcgm',
  resource: {
    node: ['Hostname'],
    workload: ['container'],
    attributes: { modelName: 'gpu.model' },
  },
  rules: [
    {
      match: { metric: 'DCGM_FI_DEV_GPU_UTIL' },
      kpi: 'gpu_utilization_ratio',
      shape: 'gauge',
      convert: 'percent',
      labels: GPU,
    },
    {
      match: { metric: 'DCGM_FI_DEV_FB_USED' },
      kpi: 'gpu_memory_used_bytes',
      shape: 'gauge',
      convert: 'mebibytes',
      labels: GPU,
    },
    {
      match: { metric: 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION' },
      kpi: 'energy_joules_total',
      shape: 'counter',
      acceptTypes: ['gauge'],
      convert: 'millijoules',
      labels: GPU,
    },
  ],
};
