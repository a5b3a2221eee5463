import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

// The real collector and catalog, in-process: the end-to-end path over loopback.
import {
  createSilentLogger as silentCollector,
  readCollectorEnv,
  startCollector,
} from '../../collector/src/index.ts';
import { PARADIGM_IDS, PLATFORM_IDS } from '../../../packages/schema/src/index.ts';
import { ZSimulatorConfig } from './env.ts';
import { createSilentLogger } from './run/logger.ts';
import { createSimulator } from './run/simulator.ts';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === 'object' && address !== null ? address.port : 0),
      );
    });
  });

type Resource = { platform: string; paradigm: string };
type Series = { kpi: string; resource: Resource };

describe('simulator → real collector over loopback', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fleetlens-e2e-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const simulator = await createSimulator({
    config: ZSimulatorConfig.parse({
      collectorUrl: base,
      seed: 'e2e',
      backfillDays: 1,
      backfillTiers: '1d:1h',
      interval: '2s',
      scrapeInterval: '1s',
      scrapePort: 0,
      controlPort: 0,
      scrapeConfig: join(dir, 'scrape.yml'),
      stateFile: join(dir, 'state.json'),
    }),
    logger: createSilentLogger(),
  });
  const collector = await startCollector({
    env: readCollectorEnv({
      DATABASE_URL: `file:${join(dir, 'fleetlens.db')}`,
      FLEETLENS_HOST: '127.0.0.1',
      FLEETLENS_HTTP_PORT: String(port),
      FLEETLENS_GRPC_PORT: '0',
      FLEETLENS_SQLITE_SYNCHRONOUS: 'NORMAL',
      FLEETLENS_SCRAPE_CONFIG: join(dir, 'scrape.yml'),
    }),
    logger: silentCollector(),
  });
  afterAll(async () => {
    await simulator.stop();
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${base}${path}`)).json()) as T;

  it('backfills a day and goes live without the collector refusing anything', async () => {
    const report = await simulator.start();
    expect(report?.failures).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await simulator.pushNow();
  });

  it('lands data for every platform and every paradigm of the catalog', async () => {
    const { resources } = await get<{ resources: Resource[] }>('/api/v1/resources');
    expect(new Set(resources.map((r) => r.platform))).toEqual(new Set(PLATFORM_IDS));
    expect(new Set(resources.map((r) => r.paradigm))).toEqual(new Set(PARADIGM_IDS));
  });

  it('stores KPI series for every platform, startup for every paradigm that starts things', async () => {
    const { series } = await get<{ series: Series[] }>('/api/v1/series?limit=10000');
    const platforms = new Set(series.map((s) => s.resource.platform));
    const withEvents = ['aws-lambda', 'qiskit', 'cirq', 'pennylane', 'amazon-braket'];
    expect(PLATFORM_IDS.filter((id) => !platforms.has(id) && !withEvents.includes(id))).toEqual([]);
    const startup = new Set(
      series.filter((s) => s.kpi === 'startup_seconds').map((s) => s.resource.paradigm),
    );
    expect([...startup].sort()).toEqual([
      'ai_ml',
      'container',
      'edge',
      'iot',
      'serverless',
      'wasm',
    ]);
  });

  it('keeps quantum jobs and Lambda cold starts as events', async () => {
    const jobs = await get<{ events: Resource[] }>(
      '/api/v1/events?type=quantum_job&from=now-2d&limit=10000',
    );
    expect(new Set(jobs.events.map((e) => e.platform))).toEqual(
      new Set(['qiskit', 'cirq', 'pennylane', 'amazon-braket']),
    );
    const cold = await get<{ events: Resource[] }>(
      '/api/v1/events?type=cold_start&from=now-2d&limit=10000',
    );
    expect(cold.events.some((e) => e.platform === 'aws-lambda')).toBe(true);
  });
});
