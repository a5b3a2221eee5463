import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestFleet } from '@/test-utils/fleet.ts';
import type { TestFleet } from '@/test-utils/fleet.ts';

const GPU = 'gpu="0",UUID="GPU-alerts",modelName="NVIDIA A100-SXM4-80GB",Hostname="gpu-alerts"';

/** Rules go through the collector's API; alerts come back from its evaluator. */
describe('alerts router', () => {
  let fleet: TestFleet;

  beforeAll(async () => {
    fleet = await startTestFleet({ FLEETLENS_ALERT_INTERVAL_SECONDS: '0.5' });
  });
  afterAll(async () => fleet.close());

  it('lists the built-in cold-start detector', async () => {
    const rules = await fleet.caller().alerts.rules();
    expect(rules).toContainEqual(
      expect.objectContaining({ kind: 'cold_start_regression', builtin: true }),
    );
  });

  it('creates a threshold rule that fires on real data, and silences it', async () => {
    const caller = fleet.caller();
    const rule = await caller.alerts.createRule({
      kind: 'threshold',
      name: 'GpuSaturated',
      kpi: 'gpu_utilization_ratio',
      operator: '>',
      threshold: 0.95,
      agg: 'avg',
      by: 'instance',
      windowSeconds: 120,
      forSeconds: 0,
      matchers: [{ name: 'platform', value: 'nvidia-dcgm-exporter' }],
    });
    expect(rule).toMatchObject({ name: 'GpuSaturated', kind: 'threshold', threshold: 0.95 });

    const nowMs = Date.now();
    await fleet.importText(
      `# TYPE DCGM_FI_DEV_GPU_UTIL gauge\nDCGM_FI_DEV_GPU_UTIL{${GPU}} 99 ${nowMs - 1000}\n`,
      { job: 'dcgm', instance: 'gpu-alerts:9400' },
    );
    const range = { fromMs: nowMs - 3_600_000, toMs: nowMs + 60_000 };
    await expect
      .poll(async () => (await caller.alerts.list({ range })).map((a) => [a.ruleName, a.state]), {
        timeout: 15_000,
        interval: 250,
      })
      .toContainEqual(['GpuSaturated', 'firing']);

    const firing = (await caller.alerts.list({ range })).find((a) => a.ruleName === 'GpuSaturated');
    expect(firing?.value).toBeCloseTo(0.99);
    await caller.alerts.silence({ labels: firing?.labels ?? {}, hours: 1 });
    const after = (await caller.alerts.list({ range })).find((a) => a.id === firing?.id);
    expect(after?.silenced).toBe(true);

    await caller.alerts.deleteRule({ id: rule.id });
    expect((await caller.alerts.rules()).map((r) => r.id)).not.toContain(rule.id);
  });

  it("passes the collector's refusal of a bad rule on, naming the problem", async () => {
    await expect(
      fleet.caller().alerts.createRule({
        kind: 'absence',
        name: 'Nothing',
        kpi: 'no_such_kpi',
        windowSeconds: 60,
        forSeconds: 0,
        matchers: [],
      }),
    ).rejects.toThrow(/kpi/);
  });
});
