import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';

/** Prometheus scrape against real loopback targets: up, failures, timeouts and staleness. */
const GPU_TEXT = [
  '# HELP DCGM_FI_DEV_GPU_UTIL GPU utilization (in %).',
  '# TYPE DCGM_FI_DEV_GPU_UTIL gauge',
  'DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="GPU-scrape-0",modelName="NVIDIA A100",Hostname="gpu-a"} 87',
  'DCGM_FI_DEV_GPU_UTIL{gpu="1",UUID="GPU-scrape-1",modelName="NVIDIA A100",Hostname="gpu-a"} 12',
  '',
].join('\n');

type Latest = { value: number | string; stale: boolean } | null;

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
};

describe('scrape', () => {
  let collector: TestCollector;
  let targets: Server;
  let exposeSecondGpu = true;
  const dir = mkdtempSync(join(tmpdir(), 'fleetlens-scrape-'));

  const latestGpu = async (uuid: string): Promise<Latest> => {
    const response = await fetch(
      `${collector.baseUrl}/api/v1/series?kpi=gpu_utilization_ratio&gpu=${uuid}`,
    );
    const { series } = (await response.json()) as { series: { latest: Latest }[] };
    return series[0]?.latest ?? null;
  };

  beforeAll(async () => {
    targets = createServer((request, response) => {
      if (request.url === '/broken') {
        response.writeHead(500).end('boom');
        return;
      }
      if (request.url === '/hang') return; // never answers: the scrape timeout must end it
      const text = exposeSecondGpu ? GPU_TEXT : GPU_TEXT.split('\n').slice(0, 3).join('\n');
      response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(text);
    });
    await new Promise<void>((resolve) => targets.listen(0, '127.0.0.1', resolve));
    const { port } = targets.address() as AddressInfo;
    const config = join(dir, 'scrape.yml');
    writeFileSync(
      config,
      [
        'global:',
        // Generous for a loaded CI machine: a slow healthy scrape must not read as a failure.
        '  scrape_interval: 1s',
        '  scrape_timeout: 1s',
        'scrape_configs:',
        '  - job_name: dcgm',
        '    platform: nvidia-dcgm-exporter',
        '    static_configs:',
        `      - targets: ['127.0.0.1:${port}']`,
        '  - job_name: broken',
        '    metrics_path: /broken',
        `    static_configs: [{ targets: ['127.0.0.1:${port}'] }]`,
        '  - job_name: hanging',
        '    metrics_path: /hang',
        `    static_configs: [{ targets: ['127.0.0.1:${port}'] }]`,
        '',
      ].join('\n'),
    );
    collector = await startTestCollector({ FLEETLENS_SCRAPE_CONFIG: config });
  });

  afterAll(async () => {
    await collector.close();
    targets.closeAllConnections();
    await new Promise<void>((resolve) => targets.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores what a healthy target exposes and reports every target health', async () => {
    await waitFor(async () => (await latestGpu('GPU-scrape-0')) !== null, 30_000);
    expect((await latestGpu('GPU-scrape-0'))?.value).toBeCloseTo(0.87, 12);

    await waitFor(async () => {
      const response = await fetch(`${collector.baseUrl}/api/v1/targets`);
      const { targets: health } = (await response.json()) as { targets: { health: string }[] };
      return health.length === 3 && health.every((target) => target.health !== 'unknown');
    }, 30_000);
    const response = await fetch(`${collector.baseUrl}/api/v1/targets`);
    const { targets: health } = (await response.json()) as {
      targets: { job: string; health: string; lastError?: string }[];
    };
    const byJob = Object.fromEntries(health.map((target) => [target.job, target]));

    expect(byJob.dcgm?.health).toBe('up');
    expect(byJob.broken?.health).toBe('down');
    expect(byJob.broken?.lastError).toContain('500');
    expect(byJob.hanging?.health).toBe('down');
  });

  it('records up = 1 for the healthy target and up = 0 for the failing ones', async () => {
    const response = await fetch(`${collector.baseUrl}/api/v1/series?kpi=up`);
    const { series } = (await response.json()) as {
      series: { labels: Record<string, string>; latest: Latest }[];
    };
    const upByJob: Record<string, unknown> = Object.fromEntries(
      series.map((entry) => [entry.labels.job ?? '', entry.latest?.value]),
    );

    expect(upByJob).toMatchObject({ dcgm: 1, broken: 0, hanging: 0 });
  });

  it('writes a stale marker when a series disappears from the target', async () => {
    exposeSecondGpu = false;
    await waitFor(async () => (await latestGpu('GPU-scrape-1'))?.stale === true, 30_000);

    expect((await latestGpu('GPU-scrape-1'))?.value).toBe('NaN');
    expect((await latestGpu('GPU-scrape-0'))?.stale).toBe(false);
  });
});
