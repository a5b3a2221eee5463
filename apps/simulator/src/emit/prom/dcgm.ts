import type { FleetContext } from '../../fleet/context.ts';
import {
  energyJoules,
  framebufferUsedMiB,
  powerWatts,
  utilizationAt,
} from '../../fleet/gpu-model.ts';
import type { ModelServer } from '../../fleet/inventory/ai-ml.ts';
import { formatGo } from './format.ts';
import type { Labels } from './text.ts';
import { createTextWriter } from './text.ts';

const DRIVER = '550.127.05';

/**
 * NVIDIA dcgm-exporter with its default counters: utilization in percent, framebuffer in MiB,
 * energy in mJ since boot, clocks in MHz, a °C in a HELP line, label names in mixed case.
 */
export const renderDcgm = (ctx: FleetContext, server: ModelServer, t: number): string => {
  const w = createTextWriter({ format: formatGo });
  const pod = `${server.id}-0`;
  const rows = server.gpus.map((gpu) => {
    const labels: Labels = [
      ['gpu', String(gpu.index)],
      ['UUID', gpu.uuid],
      ['pci_bus_id', gpu.pciBusId],
      ['device', `nvidia${gpu.index}`],
      ['modelName', gpu.model],
      ['Hostname', server.node],
      ['DCGM_FI_DRIVER_VERSION', DRIVER],
      ['container', server.server],
      ['namespace', 'inference'],
      ['pod', pod],
    ];
    const util = utilizationAt(ctx, server, gpu, t);
    const used = framebufferUsedMiB(ctx, server, gpu, t);

    return { gpu, labels, util, used, power: powerWatts(ctx, server, gpu, t) };
  });
  const gauge = (name: string, help: string, value: (row: (typeof rows)[number]) => number) => {
    w.family(name, 'gauge', help);
    for (const row of rows) w.sample(name, row.labels, value(row));
  };

  gauge('DCGM_FI_DEV_SM_CLOCK', 'SM clock frequency (in MHz).', (r) =>
    r.util > 0.05 ? 1410 : 210,
  );
  gauge('DCGM_FI_DEV_MEM_CLOCK', 'Memory clock frequency (in MHz).', () => 1593);
  gauge('DCGM_FI_DEV_GPU_TEMP', 'GPU temperature (in °C).', (r) => Math.round(31 + 46 * r.util));
  gauge('DCGM_FI_DEV_POWER_USAGE', 'Power draw (in W).', (r) => Math.round(r.power * 1000) / 1000);
  w.family(
    'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION',
    'counter',
    'Total energy consumption since boot (in mJ).',
  );
  for (const row of rows) {
    w.sample(
      'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION',
      row.labels,
      Math.floor(energyJoules(ctx, server, row.gpu, t) * 1000),
    );
  }
  gauge('DCGM_FI_DEV_GPU_UTIL', 'GPU utilization (in %).', (r) => Math.round(r.util * 100));
  gauge('DCGM_FI_DEV_MEM_COPY_UTIL', 'Memory utilization (in %).', (r) => Math.round(r.util * 38));
  gauge('DCGM_FI_DEV_ENC_UTIL', 'Encoder utilization (in %).', () => 0);
  gauge('DCGM_FI_DEV_DEC_UTIL', 'Decoder utilization (in %).', () => 0);
  gauge('DCGM_FI_DEV_XID_ERRORS', 'Value of the last XID error encountered.', () => 0);
  gauge(
    'DCGM_FI_DEV_FB_FREE',
    'Framebuffer memory free (in MiB).',
    (r) => r.gpu.memoryMiB - r.used,
  );
  gauge('DCGM_FI_DEV_FB_USED', 'Framebuffer memory used (in MiB).', (r) => r.used);
  gauge(
    'DCGM_FI_PROF_GR_ENGINE_ACTIVE',
    'Ratio of time the graphics engine is active.',
    (r) => Math.round(r.util * 0.97 * 1e6) / 1e6,
  );
  gauge(
    'DCGM_FI_PROF_PIPE_TENSOR_ACTIVE',
    'Ratio of cycles the tensor (HMMA) pipe is active.',
    (r) => Math.round(r.util * 0.41 * 1e6) / 1e6,
  );
  gauge(
    'DCGM_FI_PROF_DRAM_ACTIVE',
    'Ratio of cycles the device memory interface is active sending or receiving data.',
    (r) => Math.round(r.util * 0.52 * 1e6) / 1e6,
  );

  return w.text();
};
