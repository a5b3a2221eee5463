import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { readSamples } from '../test-utils/find.ts';
import {
  createCounter,
  createGauge,
  createMetricsRequest,
  createNumberPoint,
  createUpDownCounter,
} from '../test-utils/otlp-fixture.ts';
import { toOtelGpuKpis } from './to-otel-gpu.ts';

describe('toOtelGpuKpis', () => {
  it('reads hw.gpu.* by device id and only GPU energy from hw.energy', () => {
    const gpu = { 'hw.id': 'GPU-0a1b2c3d', 'hw.type': 'gpu', 'hw.vendor': 'NVIDIA' };
    const request = createMetricsRequest(
      { 'service.name': 'vllm-openai', 'host.name': 'gpu-node-1' },
      [
        createGauge('hw.gpu.utilization', '1', [createNumberPoint(0.93, gpu)]),
        createUpDownCounter('hw.gpu.memory.usage', 'By', [createNumberPoint(38_654_705_664n, gpu)]),
        createCounter('hw.energy', 'J', [
          createNumberPoint(91_250.5, gpu),
          createNumberPoint(4_000, { 'hw.id': 'psu-0', 'hw.type': 'power_supply' }),
        ]),
      ],
    );
    const batch = toOtelGpuKpis(request, createContext({ source: 'otlp' }));
    const labels = { gpu: 'GPU-0a1b2c3d' };
    expect(readSamples(batch, 'gpu_utilization_ratio')).toEqual([{ labels, value: 0.93 }]);
    expect(readSamples(batch, 'gpu_memory_used_bytes')).toEqual([
      { labels, value: 38_654_705_664 },
    ]);
    expect(readSamples(batch, 'energy_joules_total')).toEqual([{ labels, value: 91_250.5 }]);
    expect(batch.samples[0]?.resource).toMatchObject({ paradigm: 'ai_ml', platform: 'vllm' });
  });

  it('takes the general task as the GPU utilization, never a sum over tasks', () => {
    const task = (name: string) => ({ 'hw.id': 'GPU-1', 'hw.type': 'gpu', 'hw.gpu.task': name });
    const request = createMetricsRequest({ 'host.name': 'gpu-node-2', 'k8s.node.name': 'n' }, [
      createGauge('hw.gpu.utilization', '1', [
        createNumberPoint(0.71, task('general')),
        createNumberPoint(0.4, task('encoder')),
        createNumberPoint(0.35, task('decoder')),
      ]),
    ]);
    const batch = toOtelGpuKpis(request, createContext({ source: 'otlp' }));
    expect(readSamples(batch, 'gpu_utilization_ratio')).toEqual([
      { labels: { gpu: 'GPU-1' }, value: 0.71 },
    ]);
  });
});
