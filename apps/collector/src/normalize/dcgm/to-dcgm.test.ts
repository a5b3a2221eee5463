import { describe, expect, it } from 'vitest';

import { createContext, RECEIVED_AT_NS } from '../test-utils/context.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toDcgmKpis } from './to-dcgm.ts';

const LABELS =
  'gpu="0",UUID="GPU-5fa6a1e4-2c1b-9b7e-0d3e-7a1f6c2b9e10",device="nvidia0",' +
  'modelName="NVIDIA A100-SXM4-40GB",Hostname="gpu-node-1",container="triton",' +
  'namespace="inference",pod="triton-0"';

const SCRAPE = `
# HELP DCGM_FI_DEV_GPU_UTIL GPU utilization (in %).
# TYPE DCGM_FI_DEV_GPU_UTIL gauge
DCGM_FI_DEV_GPU_UTIL{${LABELS}} 87
# HELP DCGM_FI_DEV_FB_USED Framebuffer memory used (in MiB).
# TYPE DCGM_FI_DEV_FB_USED gauge
DCGM_FI_DEV_FB_USED{${LABELS}} 31520
# HELP DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION Total energy consumption since boot (in mJ).
# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter
DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{${LABELS}} 1234567890
# HELP DCGM_FI_DEV_GPU_TEMP GPU temperature (in C).
# TYPE DCGM_FI_DEV_GPU_TEMP gauge
DCGM_FI_DEV_GPU_TEMP{${LABELS}} 45
`;

const RESOURCE = {
  tenant: 'acme',
  paradigm: 'ai_ml',
  platform: 'nvidia-dcgm-exporter',
  node: 'gpu-node-1',
  namespace: 'inference',
  workload: 'triton',
  instance: 'triton-0',
  attributes: { 'gpu.model': 'NVIDIA A100-SXM4-40GB', job: 'fixture' },
};
const GPU = { gpu: 'GPU-5fa6a1e4-2c1b-9b7e-0d3e-7a1f6c2b9e10' };

describe('toDcgmKpis', () => {
  it('converts percent, MiB and mJ and keys GPUs by UUID', () => {
    const batch = toDcgmKpis(parseFixture(SCRAPE), createContext());
    expect(batch.samples).toEqual([
      {
        kpi: 'gpu_utilization_ratio',
        resource: RESOURCE,
        labels: GPU,
        timestampNs: RECEIVED_AT_NS,
        value: 0.87,
      },
      {
        kpi: 'gpu_memory_used_bytes',
        resource: RESOURCE,
        labels: GPU,
        timestampNs: RECEIVED_AT_NS,
        value: 33_051_115_520,
      },
      {
        kpi: 'energy_joules_total',
        resource: RESOURCE,
        labels: GPU,
        timestampNs: RECEIVED_AT_NS,
        value: 1_234_567.89,
      },
    ]);
    expect(batch.unmapped).toEqual([
      { source: 'fixture', family: 'DCGM_FI_DEV_GPU_TEMP', count: 1 },
    ]);
  });

  it('shares one resource object between the KPIs of one GPU', () => {
    const [first, second] = toDcgmKpis(parseFixture(SCRAPE), createContext()).samples;
    expect(first?.resource).toBe(second?.resource);
  });

  it('falls back to the GPU index and reads energy typed gauge as a counter', () => {
    const batch = toDcgmKpis(
      parseFixture(`
# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION gauge
DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="1",Hostname="gpu-node-2"} 5000 1714564800123
`),
      createContext(),
    );
    expect(batch.samples).toMatchObject([
      {
        kpi: 'energy_joules_total',
        labels: { gpu: '1' },
        value: 5,
        timestampNs: 1_714_564_800_123_000_000n,
      },
    ]);
  });
});
