import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';
import { generateColdStarts, HOUR_MS, MINUTE_MS } from './support/cold-start-traffic.ts';
import { evaluateEvery, listAlerts } from './support/evaluate.ts';
import { importText } from './support/import-text.ts';
import { sendColdStarts } from './support/send-cold-starts.ts';

const startMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - 6 * HOUR_MS;
const STEP_MS = 30_000;
const END_MS = startMs + 40 * MINUTE_MS;

const createRule = async (collector: TestCollector, rule: object): Promise<number> => {
  const response = await fetch(`${collector.baseUrl}/api/v1/rules`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rule),
  });
  expect(response.status).toBe(201);

  return ((await response.json()) as { rule: { id: number } }).rule.id;
};

/** 40 minutes of a small fleet, every 30 s, with known incidents in it. */
const sendFleet = async (collector: TestCollector) => {
  for (let t = startMs; t <= END_MS; t += STEP_MS) {
    const minutes = (t - startMs) / MINUTE_MS;
    // gpu-hot saturates from minute 10; gpu-cool idles along.
    const hot = minutes >= 10 ? 97 + (minutes % 2) : 70;
    await importText(
      collector.baseUrl,
      'job=dcgm&instance=dcgm:9400',
      `DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="GPU-hot",Hostname="gpu-hot"} ${hot} ${t}\n` +
        `DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="GPU-cool",Hostname="gpu-cool"} 40 ${t}\n`,
    );
    // The peer's chain head stops advancing at minute 15.
    const height = 1000 + Math.floor(Math.min(minutes, 15) * 4);
    await importText(
      collector.baseUrl,
      'job=geth&instance=peer-1&platform=geth',
      `chain_head_block ${height} ${t}\n`,
    );
    // edge-2 stops reporting at minute 20; edge-1 keeps going.
    for (const node of minutes < 20 ? ['edge-1', 'edge-2'] : ['edge-1']) {
      await importText(
        collector.baseUrl,
        `job=node&instance=${node}:9100&platform=k3s&extra_label=node=${node}`,
        `node_memory_MemTotal_bytes 8e9 ${t}\nnode_memory_MemAvailable_bytes 5e9 ${t}\n`,
      );
    }
  }
};

describe('threshold and absence rules on fleet KPIs', () => {
  let collector: TestCollector;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    collector = await startTestCollector({ FLEETLENS_ALERT_INTERVAL_SECONDS: '3600' });
    await sendFleet(collector);
    await sendColdStarts(
      collector.baseUrl,
      generateColdStarts({
        seed: 31,
        fromMs: startMs,
        toMs: END_MS,
        workloads: ['checkout'],
        ratePerHour: () => 240,
        medianSeconds: 2,
      }),
    );
    ids['gpu'] = await createRule(collector, {
      name: 'GpuSaturated',
      kind: 'threshold',
      kpi: 'gpu_utilization_ratio',
      operator: '>',
      threshold: 0.95,
      windowSeconds: 300,
      forSeconds: 600,
      params: { agg: 'min', by: 'node', severity: 'critical' },
    });
    ids['chain'] = await createRule(collector, {
      name: 'ChainStalled',
      kind: 'threshold',
      kpi: 'block_height',
      operator: '<=',
      threshold: 0,
      windowSeconds: 300,
      params: { agg: 'increase', by: 'instance' },
    });
    ids['edge'] = await createRule(collector, {
      name: 'EdgeNodeSilent',
      kind: 'absence',
      kpi: 'memory_bytes',
      matchers: [{ name: 'platform', value: 'k3s' }],
      windowSeconds: 180,
      params: { by: 'node' },
    });
    ids['startup'] = await createRule(collector, {
      name: 'SlowColdStarts',
      kind: 'threshold',
      kpi: 'startup_seconds',
      operator: '>',
      threshold: 1.5,
      windowSeconds: 600,
      params: { agg: 'p95' },
    });
  });

  afterAll(async () => {
    await collector.close();
  });

  it('fires each rule for the group that misbehaves, when it should', async () => {
    await evaluateEvery(collector, startMs + 5 * MINUTE_MS, END_MS, MINUTE_MS);
    const alerts = await listAlerts(collector);
    const of = (name: string) => alerts.filter((alert) => alert.ruleName === name);

    // min over 5 minutes above 95 % from minute 15, held 10 more minutes.
    expect(of('GpuSaturated').map((alert) => [alert.labels['node'], alert.state])).toEqual([
      ['gpu-hot', 'firing'],
    ]);
    expect(of('GpuSaturated')[0]?.firedAtMs).toBe(startMs + 25 * MINUTE_MS);
    expect(of('GpuSaturated')[0]?.labels['severity']).toBe('critical');

    expect(of('ChainStalled').map((alert) => [alert.labels['instance'], alert.state])).toEqual([
      ['peer-1', 'firing'],
    ]);
    expect(of('ChainStalled')[0]?.firedAtMs).toBe(startMs + 20 * MINUTE_MS);

    expect(of('EdgeNodeSilent').map((alert) => [alert.labels['node'], alert.state])).toEqual([
      ['edge-2', 'firing'],
    ]);
    expect(of('EdgeNodeSilent')[0]?.evidence.firing?.['silentSeconds']).toBeGreaterThan(180);

    // Event-sourced KPI: p95 of the cold starts themselves (median 2 s, so p95 ≈ 3.5 s).
    expect(of('SlowColdStarts').map((alert) => alert.state)).toEqual(['firing']);
    expect(of('SlowColdStarts')[0]?.evidence.firing).toMatchObject({ source: 'events' });
  });

  it('resolves when the rule is disabled', async () => {
    const rule = (await (
      await fetch(`${collector.baseUrl}/api/v1/rules/${ids['chain']}`)
    ).json()) as {
      rule: Record<string, unknown>;
    };
    const { id: _id, builtin: _b, createdAt: _c, updatedAt: _u, ...input } = rule.rule;
    const put = await fetch(`${collector.baseUrl}/api/v1/rules/${ids['chain']}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...input, enabled: false }),
    });
    expect(put.status).toBe(200);
    await collector.alerts.evaluateAt(BigInt(END_MS + MINUTE_MS) * 1_000_000n);
    const chain = (await listAlerts(collector)).filter(
      (alert) => alert.ruleName === 'ChainStalled',
    );
    expect(chain.map((alert) => alert.state)).toEqual(['resolved']);
  });
});
