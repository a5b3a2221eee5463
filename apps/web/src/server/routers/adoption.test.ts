import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cadvisorPod, wasmHostProcess } from '@/test-utils/comparison-telemetry.ts';
import { startTestFleet } from '@/test-utils/fleet.ts';
import type { TestFleet } from '@/test-utils/fleet.ts';

import type { AdoptionTrends } from './adoption.ts';

const DAY_MS = 86_400_000;

const trendOf = (trends: AdoptionTrends, paradigm: string) => {
  const trend = trends.paradigms.find((candidate) => candidate.paradigm === paradigm);
  if (trend === undefined) throw new Error(`no trend for ${paradigm}`);
  return trend;
};

describe('adoption router', () => {
  let fleet: TestFleet;
  const nowMs = Date.now();
  const daysAgo = (days: number) => nowMs - days * DAY_MS;
  const throughout = [daysAgo(20), daysAgo(10), daysAgo(1), nowMs - 120_000];

  beforeAll(async () => {
    fleet = await startTestFleet();
    // History arrives now (a backfill): presence must follow the samples' own timestamps.
    const wasmHost = async (instance: string, times: number[]) => {
      for (const [index, atMs] of times.entries()) {
        await fleet.importText(wasmHostProcess({ index, atMs }), {
          job: 'wasm-host',
          instance,
          platform: 'wasmtime',
        });
      }
    };
    for (const container of ['cart', 'search']) {
      for (const [index, atMs] of throughout.entries()) {
        await fleet.importText(cadvisorPod(container, 100_000_000)({ index, atMs }), {
          job: 'cadvisor',
          instance: 'worker-1:10250',
          extra_label: 'node=worker-1',
        });
      }
    }
    await wasmHost('wasm-1:9000', throughout);
    await wasmHost('wasm-2:9000', [daysAgo(3), daysAgo(1), nowMs - 120_000]);
    await wasmHost('wasm-3:9000', [daysAgo(3), daysAgo(1), nowMs - 120_000]);
    await wasmHost('wasm-retired:9000', [daysAgo(20), daysAgo(15)]);
  }, 30_000);
  afterAll(async () => fleet.close());

  const lastMonth = () => ({ fromMs: daysAgo(30), toMs: Date.now() });

  it('shows each paradigm share per day from the data timestamps, not arrival times', async () => {
    const trends = await fleet.caller().adoption.trends({ range: lastMonth() });
    expect(trends.bucketMs).toBe(DAY_MS);
    const wasm = trendOf(trends, 'wasm');
    const firstDay = trends.totals.instances.findIndex((total) => total > 0);
    // 20 days ago: two pods, the first host and the host retired since.
    expect(trends.totals.instances[firstDay]).toBe(4);
    expect(wasm.instances[firstDay]).toBe(2);
    expect(wasm.instanceShare[firstDay]).toBeCloseTo(0.5, 10);
    // Today: the two pods and three live hosts.
    expect(wasm.instances.at(-1)).toBe(3);
    expect(wasm.instanceShare.at(-1)).toBeCloseTo(0.6, 10);
    expect(trendOf(trends, 'container').instanceShare.at(-1)).toBeCloseTo(0.4, 10);
    // Before the fleet's first sample there is no share to show.
    expect(wasm.instanceShare[0]).toBeNull();
  });

  it('computes growth from the first to the last interval with data, and annualises it', async () => {
    const trends = await fleet.caller().adoption.trends({ range: lastMonth() });
    const growth = trendOf(trends, 'wasm').growth.instances;
    const firstDay = trends.totals.instances.findIndex((total) => total > 0);
    const spanDays = trends.starts.length - 1 - firstDay;
    expect(growth).toMatchObject({ first: 2, last: 3, firstShare: 0.5 });
    expect(growth?.change).toBeCloseTo(0.5, 10);
    expect(growth?.annualised).toBeCloseTo(1.5 ** (365.2425 / spanDays) - 1, 6);
    expect(trendOf(trends, 'container').growth.instances?.change).toBe(0);
    // Quantum never ran: no growth from nothing, and a share of zero, not a gap.
    expect(trendOf(trends, 'quantum').growth.instances?.change).toBeNull();
    expect(trendOf(trends, 'quantum').instanceShare.at(-1)).toBe(0);
  });

  it('counts distinct workload names per paradigm', async () => {
    const trends = await fleet.caller().adoption.trends({ range: lastMonth() });
    expect(trendOf(trends, 'container').workloads.at(-1)).toBe(2);
    expect(trendOf(trends, 'wasm').workloads.at(-1)).toBe(0);
    expect(trendOf(trends, 'container').workloadShare.at(-1)).toBe(1);
  });

  it("sets the source document's adoption and growth claims beside each paradigm", async () => {
    const trends = await fleet.caller().adoption.trends({ range: lastMonth() });
    const { adoption, growthRate, maturity } = trendOf(trends, 'wasm').document;
    expect(adoption).toMatchObject({
      zh: '10%',
      value: 0.1,
      matrixZh: '成熟度矩阵',
      columnZh: '采用率',
      columnEn: 'Adoption rate',
    });
    expect(growthRate).toMatchObject({
      zh: '35%',
      value: 0.35,
      matrixZh: '市场规模预测',
      columnZh: '增长率',
    });
    expect(maturity).toMatchObject({ zh: '萌芽' });
    expect(trendOf(trends, 'container').document).toEqual({
      adoption: null,
      growthRate: null,
      maturity: null,
    });
  });

  it('uses finer intervals for short windows and does not annualise them', async () => {
    const trends = await fleet
      .caller()
      .adoption.trends({ range: { fromMs: nowMs - 6 * 3_600_000, toMs: nowMs } });
    expect(trends.bucketMs).toBe(15 * 60_000);
    const wasm = trendOf(trends, 'wasm');
    expect(wasm.instances.at(-1)).toBe(3);
    expect(wasm.growth.instances?.annualised).toBeNull();
  });
});
