import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestFleet } from '@/test-utils/fleet.ts';
import type { TestFleet } from '@/test-utils/fleet.ts';

const GPU = 'gpu="0",UUID="GPU-3f2a8c1e",modelName="NVIDIA A100-SXM4-80GB",Hostname="gpu-node-a"';

/** dcgm-exporter's own family (mapped) beside a vendor family no rule knows (unmapped). */
const exposition = (atMs: number) =>
  [
    '# TYPE DCGM_FI_DEV_GPU_UTIL gauge',
    `DCGM_FI_DEV_GPU_UTIL{${GPU}} 87 ${atMs}`,
    '# TYPE vendor_widget_total counter',
    `vendor_widget_total 5 ${atMs}`,
  ].join('\n') + '\n';

describe('fleet router', () => {
  let fleet: TestFleet;
  const nowMs = Date.now();

  beforeAll(async () => {
    fleet = await startTestFleet();
    await fleet.importText(exposition(nowMs - 60_000), {
      job: 'dcgm',
      instance: 'gpu-node-a:9400',
    });
  });
  afterAll(async () => fleet.close());

  it('counts resources per paradigm and platform and reports them up', async () => {
    const overview = await fleet
      .caller()
      .fleet.overview({ range: { fromMs: nowMs - 3_600_000, toMs: Date.now() } });
    const aiMl = overview.paradigms.find((p) => p.paradigm === 'ai_ml');
    expect(aiMl).toMatchObject({ resources: 1, platforms: 1, up: 1, down: 0 });
    expect(overview.platforms).toEqual([
      expect.objectContaining({ paradigm: 'ai_ml', platform: 'nvidia-dcgm-exporter', up: 1 }),
    ]);
    expect(overview.paradigms.find((p) => p.paradigm === 'quantum')?.resources).toBe(0);
  });

  it('lists what arrived unmapped by source and family', async () => {
    const overview = await fleet
      .caller()
      .fleet.overview({ range: { fromMs: nowMs - 3_600_000, toMs: Date.now() } });
    expect(overview.unmapped.map((row) => row.family)).toContain('vendor_widget_total');
  });

  it('shows a resource as down once it has been silent longer than the lookback', async () => {
    // Resources are last seen when their data arrives, so look from well after that.
    const later = Date.now() + 10 * 60_000;
    const overview = await fleet
      .caller()
      .fleet.overview({ range: { fromMs: nowMs - 3_600_000, toMs: later } });
    expect(overview.platforms[0]).toMatchObject({ up: 0, down: 1 });
  });

  it('refuses an inverted range with a 400-class error naming the problem', async () => {
    await expect(
      fleet.caller().fleet.overview({ range: { fromMs: nowMs, toMs: nowMs - 1 } }),
    ).rejects.toThrow(/fromMs must be before toMs/);
  });
});
