import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { kubeletPodStarts } from '@/test-utils/cold-start-kubelet.ts';
import { functionTraces, postTraces, spread } from '@/test-utils/cold-start-otlp.ts';
import { startTestFleet } from '@/test-utils/fleet.ts';
import type { TestFleet } from '@/test-utils/fleet.ts';
import { cadvisorText } from '@/test-utils/paradigm-cadvisor.ts';

const MINUTE = 60_000;
const MIB = 1024 * 1024;

const CONTAINERS = [
  { namespace: 'shop', pod: 'frontend-7d9f-a1', container: 'frontend', memoryBytes: 100 * MIB },
  { namespace: 'shop', pod: 'frontend-7d9f-b2', container: 'frontend', memoryBytes: 300 * MIB },
  { namespace: 'shop', pod: 'worker-5c6b-c3', container: 'worker', memoryBytes: 50 * MIB },
];

describe('paradigm router', () => {
  let fleet: TestFleet;
  const nowMs = Date.now();
  // Resources are last seen when their data arrives: the window ends a little after the test.
  const range = () => ({ fromMs: nowMs - 30 * MINUTE, toMs: Date.now() + 1000 });
  const container = { paradigm: 'container' };

  beforeAll(async () => {
    fleet = await startTestFleet();
    for (const [i, atMs] of [nowMs - 4 * MINUTE, nowMs - 2 * MINUTE].entries()) {
      const containers = CONTAINERS.map((c) => ({ ...c, cpuSeconds: 100 + i * 60 }));
      await fleet.importText(cadvisorText(containers, atMs), {
        job: 'cadvisor',
        instance: 'worker-1:10250',
        extra_label: 'node=worker-1',
      });
      await fleet.importText(kubeletPodStarts(i === 0 ? [2.5] : [2.5, 2.5], atMs), {
        job: 'kubelet',
        instance: 'worker-1:10250',
        extra_label: 'node=worker-1',
      });
    }
    // A plain-container platform that reports exact cold starts as events.
    await postTraces(
      fleet.baseUrl,
      functionTraces(
        'kubernetes',
        'batch-job',
        spread(5, nowMs - 10 * MINUTE, nowMs - MINUTE, (endMs) => ({
          kind: 'init',
          endMs,
          seconds: 0.7,
        })),
      ),
    );
  });
  afterAll(async () => fleet.close());

  it('picks the charts whose KPIs the catalog gives the paradigm, with cold and warm apart', async () => {
    const summary = await fleet.caller().paradigm.summary({ ...container, range: range() });
    const ids = summary.charts.map((chart) => chart.id);

    expect(ids).toEqual(expect.arrayContaining(['startupCold', 'startupWarm', 'memory', 'cpu']));
    expect(ids).not.toContain('gpuUtil');
    expect(ids).not.toContain('requests');
    expect(summary.charts.find((chart) => chart.id === 'startupWarm')?.labels).toEqual({
      cold: 'false',
    });

    const aiMl = await fleet.caller().paradigm.summary({ paradigm: 'ai_ml', range: range() });
    expect(aiMl.charts.map((chart) => chart.id)).toContain('gpuUtil');
    const quantum = await fleet.caller().paradigm.summary({ paradigm: 'quantum', range: range() });
    expect(quantum.charts.map((chart) => chart.id)).toContain('jobQueue');
    expect(quantum.charts.map((chart) => chart.id)).not.toContain('memory');
  });

  it('lists the catalog platforms of the paradigm with what the fleet reports', async () => {
    const summary = await fleet.caller().paradigm.summary({ ...container, range: range() });
    const cadvisor = summary.platforms.find((platform) => platform.id === 'kubelet-cadvisor');

    expect(summary.platforms.map((platform) => platform.id)).toEqual(
      expect.arrayContaining(['kubernetes', 'kubelet-cadvisor', 'node-exporter']),
    );
    // Three pods and the node the kubelet reports on.
    expect(cadvisor).toMatchObject({ inCatalog: true, resources: 4, up: 4, down: 0 });
    expect(summary.platforms.find((platform) => platform.id === 'node-exporter')).toMatchObject({
      resources: 0,
      lastSeenMs: null,
    });
  });

  it('refuses an unknown paradigm as not found', async () => {
    await expect(
      fleet.caller().paradigm.summary({ paradigm: 'mainframe', range: range() }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      fleet.caller().paradigm.workloads({ paradigm: 'mainframe', range: range() }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('groups instances into workloads and lists the instances of one', async () => {
    const workloads = await fleet
      .caller()
      .paradigm.workloads({ ...container, platform: 'kubelet-cadvisor', range: range() });

    expect(workloads).toEqual([
      expect.objectContaining({ workload: null, instances: 1, up: 1 }),
      expect.objectContaining({ workload: 'frontend', instances: 2, up: 2, down: 0 }),
      expect.objectContaining({ workload: 'worker', instances: 1 }),
    ]);

    const frontend = await fleet.caller().paradigm.instances({
      ...container,
      platform: 'kubelet-cadvisor',
      workload: 'frontend',
      range: range(),
    });
    expect(frontend.map((row) => row.instance)).toEqual(['frontend-7d9f-a1', 'frontend-7d9f-b2']);
    expect(frontend.every((row) => row.up && row.namespace === 'shop')).toBe(true);

    // An empty workload selects the resources that report none: here the kubelet's node.
    const none = await fleet.caller().paradigm.instances({
      ...container,
      platform: 'kubelet-cadvisor',
      workload: '',
      range: range(),
    });
    expect(none).toEqual([expect.objectContaining({ workload: null, node: 'worker-1' })]);
  });

  it('splits charts one level below the drill-down selection', async () => {
    const memory = { ...container, kpi: 'memory_bytes', agg: 'avg' as const };
    const latest = (series: { points: [number, number | null][] } | undefined) =>
      series?.points.findLast(([, value]) => value !== null)?.[1];

    const byWorkload = await fleet
      .caller()
      .paradigm.chart({ ...memory, platform: 'kubelet-cadvisor', range: range() });
    expect(byWorkload.by).toBe('workload');
    const frontend = byWorkload.series.find((s) => s.group.workload === 'frontend');
    expect(latest(frontend)).toBe(200 * MIB);

    const byInstance = await fleet.caller().paradigm.chart({
      ...memory,
      platform: 'kubelet-cadvisor',
      workload: 'frontend',
      range: range(),
    });
    expect(byInstance.by).toBe('instance');
    expect(byInstance.series.map((s) => s.group.instance).sort()).toEqual([
      'frontend-7d9f-a1',
      'frontend-7d9f-b2',
    ]);

    const one = await fleet.caller().paradigm.chart({
      ...memory,
      platform: 'kubelet-cadvisor',
      workload: 'frontend',
      instance: 'frontend-7d9f-b2',
      range: range(),
    });
    expect(one.by).toBeNull();
    expect(one.series).toHaveLength(1);
    expect(latest(one.series[0])).toBe(300 * MIB);
  });

  it('charts cold starts of every platform, from events or histograms as each reports', async () => {
    const chart = await fleet.caller().paradigm.chart({
      ...container,
      kpi: 'startup_seconds',
      agg: 'p95',
      labels: { cold: 'true' },
      range: range(),
    });
    const platforms = chart.series.map((s) => s.group.platform).sort();

    expect(chart.by).toBe('platform');
    expect(platforms).toEqual(['kubelet-cadvisor', 'kubernetes']);
    const kubernetes = chart.series.find((s) => s.group.platform === 'kubernetes');
    expect(kubernetes?.points.some(([, value]) => value === 0.7)).toBe(true);

    const warm = await fleet.caller().paradigm.chart({
      ...container,
      kpi: 'startup_seconds',
      agg: 'p95',
      labels: { cold: 'false' },
      range: range(),
    });
    expect(warm.series).toEqual([]);
  });
});
