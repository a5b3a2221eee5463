import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCaller } from '@/server/root.ts';
import { startTestFleet } from '@/test-utils/fleet.ts';
import type { TestFleet } from '@/test-utils/fleet.ts';
import {
  kubeletPodStart,
  lambdaColdReports,
  postOtlp,
  wasmComponentMetrics,
} from '@/test-utils/reference-telemetry.ts';

import type { ReferenceComparison } from './reference.ts';

const EMPTY_POD_STARTS = { '1': 0, '2': 0, '3': 0, '4': 0, '+Inf': 0 };
/** 20 pod starts: rank 10 lies in (2 s, 3 s], 2 + (10 − 8) / 8 = 2.25 s. */
const POD_STARTS = { '1': 2, '2': 8, '3': 16, '4': 19, '+Inf': 20 };
/** 40 instantiations per component: rank 20 ends the (1 ms, 2.5 ms] bucket, so p50 = 2.5 ms. */
const WASM_INIT_COUNTS = [0, 5, 15, 15, 5, 0, 0, 0, 0, 0, 0];

const cell = (result: ReferenceComparison, matrix: string, row: string, column: string) => {
  const found = result.cells.find(
    (candidate) =>
      candidate.matrix === matrix && candidate.row === row && candidate.column === column,
  );
  if (found === undefined) throw new Error(`no cell ${matrix}/${row}/${column}`);

  return found;
};

describe('reference router', () => {
  let fleet: TestFleet;
  let result: ReferenceComparison;
  const nowMs = Date.now();

  beforeAll(async () => {
    fleet = await startTestFleet();
    const kubelet = { job: 'kubelet', instance: 'worker-5:10250', extra_label: 'node=worker-5' };
    await fleet.importText(kubeletPodStart(EMPTY_POD_STARTS), {
      ...kubelet,
      timestamp: String(nowMs - 120_000),
    });
    await fleet.importText(kubeletPodStart(POD_STARTS), {
      ...kubelet,
      timestamp: String(nowMs - 60_000),
    });
    for (const component of ['resize', 'thumbnail', 'checkout']) {
      await postOtlp(
        fleet.baseUrl,
        'metrics',
        wasmComponentMetrics({
          component,
          host: 'wasm-edge-01',
          startMs: nowMs - 600_000,
          firstMs: nowMs - 120_000,
          secondMs: nowMs - 60_000,
          initCounts: WASM_INIT_COUNTS,
          memoryBytes: 20 * 1_048_576,
        }),
      );
    }
    await postOtlp(
      fleet.baseUrl,
      'logs',
      lambdaColdReports({
        functionName: 'thumbnailer',
        reports: Array.from({ length: 12 }, (_, i) => ({
          atMs: nowMs - 100_000 + i * 1000,
          initMs: 250 + i * 10,
          durationMs: 40,
        })),
      }),
    );
    result = await fleet.caller().reference.compare({
      range: { fromMs: nowMs - 3_600_000, toMs: Date.now() },
    });
  });
  afterAll(async () => fleet.close());

  it('lists every cell of every matrix and echoes the window', () => {
    expect(result.cells).toHaveLength(155);
    expect(result.window.fromMs).toBe(nowMs - 3_600_000);
    expect(result.cells.filter((c) => c.matrix === 'market_size').map((c) => c.verdict)).toEqual(
      Array.from({ length: 28 }, () => 'reference'),
    );
  });

  it('finds container starts in seconds and Wasm starts in milliseconds, as the document says', () => {
    const container = cell(result, 'container_vs_wasm', 'startup', 'container');
    expect(container).toMatchObject({ zh: '秒级', verdict: 'consistent', rule: 'band' });
    expect(container.measured[0]).toMatchObject({
      paradigm: 'container',
      kpi: 'startup_seconds',
      samples: 20,
      source: 'histograms',
      band: 'seconds',
    });
    expect(container.measured[0]?.value).toBeCloseTo(2.25, 6);

    const wasm = cell(result, 'container_vs_wasm', 'startup', 'wasm');
    expect(wasm).toMatchObject({ zh: '毫秒级', verdict: 'consistent' });
    expect(wasm.measured[0]).toMatchObject({ samples: 120, band: 'milliseconds' });
    expect(wasm.measured[0]?.value).toBeCloseTo(0.0025, 9);

    const analysis = cell(result, 'container_vs_wasm', 'startup', 'analysis');
    expect(analysis).toMatchObject({ verdict: 'consistent', rule: 'comparison' });
    expect(analysis.measured.map((m) => m.paradigm)).toEqual(['wasm', 'container']);
  });

  it('flags serverless cold starts of a few hundred ms against the document’s 秒级', () => {
    const serverless = cell(result, 'features', 'startup', 'serverless');
    expect(serverless).toMatchObject({ verdict: 'deviates', rule: 'band' });
    expect(serverless.measured[0]).toMatchObject({
      samples: 12,
      source: 'events',
      band: 'milliseconds',
    });
    expect(serverless.measured[0]?.value).toBeCloseTo(0.305, 6);
  });

  it('says not enough data where the fleet has too little, and why', () => {
    const aiMl = cell(result, 'features', 'startup', 'ai_ml');
    expect(aiMl).toMatchObject({ verdict: 'insufficient' });
    expect(aiMl.measured[0]).toMatchObject({ value: null, samples: 0 });
    // Containers report no request durations at all: the catalog says so.
    const performance = cell(result, 'container_vs_wasm', 'performance', 'container');
    expect(performance.verdict).toBe('insufficient');
    expect(performance.measured[0]).toMatchObject({ reported: false });
    // Five resources are too few for a fleet share.
    const adoption = cell(result, 'maturity', 'wasm', 'adoption');
    expect(adoption).toMatchObject({ verdict: 'insufficient', rule: 'fraction', tolerance: 0.05 });
    expect(adoption.measured[0]).toMatchObject({ samples: result.fleetResources });
  });

  it('scores the observed maturity stage from its inputs and shows them', () => {
    const stage = cell(result, 'maturity', 'wasm', 'maturity');
    expect(stage.rule).toBe('stage');
    expect(stage.maturity?.inputs).toMatchObject({
      resources: 3,
      platformsSeen: 1,
      platformsListed: 6,
    });
    expect(stage.maturity?.inputs.adoptionShare).toBeCloseTo(3 / result.fleetResources, 9);
    expect(stage.maturity?.stage).not.toBeNull();
    expect(stage.verdict).toBe(stage.maturity?.stage === 'emerging' ? 'consistent' : 'deviates');
    // One Lambda function is below the minimum to score a stage.
    expect(cell(result, 'maturity', 'serverless', 'maturity')).toMatchObject({
      verdict: 'insufficient',
      maturity: { stage: null, score: null },
    });
  });

  it('measures memory per instance and holds the resource order against it', () => {
    const wasm = cell(result, 'features', 'resource_use', 'wasm');
    expect(wasm.measured[0]).toMatchObject({ kpi: 'memory_bytes', samples: 3 });
    expect(wasm.measured[0]?.value).toBeCloseTo(20 * 1_048_576, 0);
    // No peer of the row has three instances reporting memory: no order can be checked.
    expect(wasm).toMatchObject({ verdict: 'insufficient', pairs: [] });
  });

  it('shows every measurable cell as not enough data before the collector has a store', async () => {
    const empty = await createCaller({ db: undefined }).reference.compare({
      range: { fromMs: nowMs - 3_600_000, toMs: nowMs },
    });
    const verdicts = new Set(empty.cells.filter((c) => c.measurable).map((c) => c.verdict));
    expect([...verdicts]).toEqual(['insufficient']);
    expect(empty.fleetResources).toBe(0);
  });
});
