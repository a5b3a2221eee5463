import { describe, expect, it } from 'vitest';

import { createFleet } from '../fleet/fleet.ts';
import { HOUR_MS } from '../fleet/time.ts';
import { ORIGIN, T } from '../test-utils/fixtures.ts';
import { valueOf } from '../test-utils/prom.ts';
import { createScenario } from './registry.ts';

const saturation = createScenario(
  { name: 'gpu-saturation', params: { server: 'vllm-llama-8b', from: String(T - HOUR_MS) } },
  0,
);
const base = createFleet({ seed: 'gpu', originMs: ORIGIN });
const hot = createFleet({ seed: 'gpu', originMs: ORIGIN, scenarios: [saturation] });
const DCGM = 'gpu-node-02/dcgm-exporter';

describe('gpu-saturation', () => {
  it('drives utilization and framebuffer near full, and queues up requests, from T', () => {
    expect(valueOf(hot, DCGM, T, 'DCGM_FI_DEV_GPU_UTIL')).toBeGreaterThanOrEqual(95);
    const used = valueOf(hot, DCGM, T, 'DCGM_FI_DEV_FB_USED');
    expect(used / (used + valueOf(hot, DCGM, T, 'DCGM_FI_DEV_FB_FREE'))).toBeGreaterThan(0.95);
    expect(valueOf(hot, 'vllm-llama-8b/vllm', T, 'vllm:num_requests_waiting')).toBeGreaterThan(
      valueOf(base, 'vllm-llama-8b/vllm', T, 'vllm:num_requests_waiting'),
    );
    expect(valueOf(hot, 'vllm-llama-8b/vllm', T, 'vllm:gpu_cache_usage_perc')).toBeGreaterThan(
      0.95,
    );
  });

  it('slows the requests it serves', () => {
    const sum = (fleet: typeof base) =>
      valueOf(fleet, 'vllm-llama-8b/vllm', T, 'vllm:e2e_request_latency_seconds_sum');
    expect(sum(hot)).toBeGreaterThan(sum(base));
  });

  it('changes nothing before T, nor on other servers', () => {
    const before = T - 2 * HOUR_MS;
    for (const id of [DCGM, 'vllm-llama-8b/vllm']) {
      const target = (fleet: typeof base) =>
        fleet.targets.find((x) => x.id === id)?.render(fleet.ctx, before);
      expect(target(hot)).toBe(target(base));
    }
    const other = (fleet: typeof base) =>
      fleet.targets.find((x) => x.id === 'gpu-node-01/dcgm-exporter')?.render(fleet.ctx, T);
    expect(other(hot)).toBe(other(base));
  });
});
