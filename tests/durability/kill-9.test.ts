import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { spawnCollector, stopCollector } from '../src/test-utils/collector-process.ts';
import type { CollectorProcess } from '../src/test-utils/collector-process.ts';

const REQUESTS = 400;
const CONCURRENCY = 8;

/** One request = one GPU with its own instance label, so each acknowledgement is checkable. */
const bodyFor = (index: number): string =>
  [
    '# TYPE DCGM_FI_DEV_GPU_UTIL gauge',
    `DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="GPU-${index}",modelName="NVIDIA A100",Hostname="node-${index}"} ${index % 100}`,
    '',
  ].join('\n');

describe('durability', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fleetlens-kill9-'));
  const databaseUrl = `file:${join(dataDir, 'fleetlens.db')}`;
  let collector: CollectorProcess | undefined;

  afterAll(async () => {
    if (collector) await stopCollector(collector, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged sample after kill -9 and a restart', async () => {
    collector = await spawnCollector(databaseUrl);
    const { baseUrl } = collector;
    const acknowledged: number[] = [];
    let next = 0;
    const send = async (): Promise<void> => {
      while (next < REQUESTS) {
        const index = next++;
        try {
          const response = await fetch(
            `${baseUrl}/api/v1/import/prometheus?job=durability&instance=gpu-${index}`,
            { method: 'POST', body: bodyFor(index) },
          );
          const answer = (await response.json()) as { stored?: number };
          if (response.ok && answer.stored === 1) acknowledged.push(index);
        } catch {
          // the collector died under this request: not acknowledged, may or may not be stored
        }
      }
    };
    const senders = Array.from({ length: CONCURRENCY }, send);
    // Kill while requests are in flight, once a good part of them has been acknowledged.
    while (acknowledged.length < REQUESTS / 4) await new Promise((r) => setTimeout(r, 5));
    await stopCollector(collector, 'SIGKILL');
    await Promise.all(senders);

    collector = await spawnCollector(databaseUrl);
    const response = await fetch(
      `${collector.baseUrl}/api/v1/series?kpi=gpu_utilization_ratio&limit=10000`,
    );
    const { series } = (await response.json()) as {
      series: { labels: Record<string, string>; latest: { value: number } | null }[];
    };
    const stored = new Map(series.map((entry) => [entry.labels.gpu, entry.latest?.value]));

    expect(acknowledged.length).toBeGreaterThanOrEqual(REQUESTS / 4);
    expect(acknowledged.length).toBeLessThan(REQUESTS);
    for (const index of acknowledged) {
      expect(stored.get(`GPU-${index}`), `acknowledged request ${index}`).toBeCloseTo(
        (index % 100) / 100,
        12,
      );
    }
  });
});
