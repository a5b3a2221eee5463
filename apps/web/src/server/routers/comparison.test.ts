import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  cadvisorPod,
  dcgmGpu,
  kubeletPodStarts,
  mlflowServer,
  scrapeTimes,
  tritonServer,
  vllmServer,
  wasmcloudInvocations,
  wasmHostProcess,
} from '@/test-utils/comparison-telemetry.ts';
import { startTestFleet } from '@/test-utils/fleet.ts';
import type { TestFleet } from '@/test-utils/fleet.ts';

import type { Comparison } from './comparison.ts';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

const rowOf = (comparison: Comparison, group: string) => {
  const row = comparison.rows.find((candidate) => candidate.group === group);
  if (row === undefined) throw new Error(`no row for ${group}`);
  return row;
};

describe('comparison router', () => {
  let fleet: TestFleet;
  const nowMs = Date.now();
  // Six scrapes a minute apart: five intervals of known increases.
  const times = Array.from({ length: 6 }, (_, index) => nowMs - (6 - index) * 60_000);
  const range = () => ({ fromMs: nowMs - 3_600_000, toMs: Date.now() + 60_000 });

  beforeAll(async () => {
    fleet = await startTestFleet();
    await scrapeTimes(fleet, times, mlflowServer, { job: 'mlflow', instance: 'mlflow-0:5000' });
    await scrapeTimes(fleet, times, wasmHostProcess, {
      job: 'wasm-host',
      instance: 'wasm-host-1:9000',
      platform: 'wasmtime',
      extra_label: 'app=checkout',
    });
    // A wasmCloud host: the process reports CPU, its components the invocations.
    await scrapeTimes(fleet, times, wasmHostProcess, {
      job: 'wasmcloud-process',
      instance: 'wasm-node-1:9100',
      platform: 'wasmcloud',
      extra_label: 'node=wasm-node-1',
    });
    await scrapeTimes(fleet, times, wasmcloudInvocations, {
      job: 'wasmcloud',
      instance: 'wasm-node-1:9000',
    });
    await scrapeTimes(fleet, times, cadvisorPod('checkout', 300 * MIB), {
      job: 'cadvisor',
      instance: 'worker-1:10250',
      extra_label: 'node=worker-1',
    });
    await scrapeTimes(fleet, times, kubeletPodStarts, {
      job: 'kubelet',
      instance: 'worker-1:10250',
      extra_label: 'node=worker-1',
    });
    await scrapeTimes(fleet, times, tritonServer, { job: 'triton', instance: 'triton-0:8002' });
    await scrapeTimes(fleet, times, vllmServer, {
      job: 'vllm',
      instance: 'vllm-0:8000',
      extra_label: 'node=gpu-b',
    });
    await scrapeTimes(fleet, times, dcgmGpu, { job: 'dcgm', instance: 'gpu-b:9400' });
  }, 30_000);
  afterAll(async () => fleet.close());

  it('compares paradigms on memory per instance and CPU per request of the same hosts', async () => {
    const comparison = await fleet.caller().comparison.resources({ range: range() });
    expect(comparison.by).toBe('paradigm');
    expect(rowOf(comparison, 'wasm').measures.memory_per_instance).toEqual({
      value: 40 * MIB,
      basis: 2,
    });
    expect(rowOf(comparison, 'container').measures.memory_per_instance).toEqual({
      value: 300 * MIB,
      basis: 1,
    });
    const aiMl = rowOf(comparison, 'ai_ml');
    expect(aiMl.measures.memory_per_instance).toEqual({ value: 200 * MIB, basis: 1 });
    // 6 CPU seconds per 300 requests, on the MLflow server that reports both.
    expect(aiMl.measures.cpu_per_request.value).toBeCloseTo(0.02, 10);
    expect(aiMl.measures.cpu_per_request.basis).toBe(1);
    // The wasmCloud host process's CPU over its components' invocations (0.5 s per 100); the
    // wasmtime host and the pod report CPU but serve no requests, so they are left out.
    const wasm = rowOf(comparison, 'wasm').measures.cpu_per_request;
    expect(wasm.value).toBeCloseTo(0.005, 10);
    expect(wasm.basis).toBe(2);
    expect(rowOf(comparison, 'container').measures.cpu_per_request.value).toBeNull();
  });

  it('pairs GPU energy and memory with the inference work on the same server', async () => {
    const comparison = await fleet.caller().comparison.resources({ range: range() });
    const aiMl = rowOf(comparison, 'ai_ml').measures;
    // Triton: 1000 J per 500 inferences; the vLLM node: 2000 J per 20 requests.
    expect(aiMl.energy_per_inference.value).toBeCloseTo(3000 / 520, 8);
    expect(aiMl.energy_per_inference.basis).toBe(2);
    expect(aiMl.tokens_per_joule.value).toBeCloseTo(2, 8);

    const byPlatform = await fleet
      .caller()
      .comparison.resources({ range: range(), by: 'platform' });
    const triton = rowOf(byPlatform, 'nvidia-triton').measures;
    expect(triton.energy_per_inference.value).toBeCloseTo(2, 8);
    // 6 GiB shared by the two models that served requests (the idle one does not count).
    expect(triton.gpu_memory_per_model.value).toBeCloseTo(3 * GIB, 0);
    const vllm = rowOf(byPlatform, 'vllm').measures;
    expect(vllm.energy_per_inference.value).toBeCloseTo(100, 8);
    expect(vllm.gpu_memory_per_model.value).toBeCloseTo(16 * GIB, 0);
    expect(rowOf(byPlatform, 'mlflow').paradigms).toEqual(['ai_ml']);
  });

  it('reports the startup p50 from the histograms with the starts it rests on', async () => {
    const comparison = await fleet.caller().comparison.resources({ range: range() });
    const startup = rowOf(comparison, 'container').measures.startup_p50;
    // Per scrape: 1 start ≤ 1 s, 1 ≤ 2 s, 2 ≤ 3 s, 1 ≤ 20 s: the median lies at 2.25 s.
    expect(startup.value).toBeCloseTo(2.25, 8);
    expect(startup.basis).toBeGreaterThanOrEqual(25);
    expect(rowOf(comparison, 'wasm').measures.startup_p50.value).toBeNull();
  });

  it('puts a workload that runs under two paradigms side by side', async () => {
    const comparison = await fleet.caller().comparison.resources({ range: range() });
    expect(comparison.sameWorkload.map((shared) => shared.workload)).toEqual(['checkout']);
    const rows = comparison.sameWorkload[0]?.rows ?? [];
    expect(rows.map((row) => [row.group, row.resources])).toEqual([
      ['container', 1],
      ['wasm', 1],
    ]);
    expect(rows.map((row) => row.measures.memory_per_instance.value)).toEqual([
      300 * MIB,
      40 * MIB,
    ]);
  });

  it('says there is nothing to compare in a window before any data', async () => {
    const comparison = await fleet.caller().comparison.resources({
      range: { fromMs: nowMs - 90 * 86_400_000, toMs: nowMs - 89 * 86_400_000 },
    });
    expect(comparison.rows).toEqual([]);
    expect(comparison.sameWorkload).toEqual([]);
  });

  it('refuses a grouping it does not know', async () => {
    await expect(
      fleet.caller().comparison.resources({ range: range(), by: 'node' as 'platform' }),
    ).rejects.toThrow(/paradigm|platform/);
  });
});
