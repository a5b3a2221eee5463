import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

// The collector's own reader of the scrape config the simulator writes.
import { parseScrapeConfig } from '../../../collector/src/scrape/config.ts';
import { ZSimulatorConfig } from '../env.ts';
import { startRecorder } from '../test-utils/http.ts';
import { createSilentLogger } from './logger.ts';
import { readState } from './state.ts';
import { createSimulator } from './simulator.ts';

const dir = mkdtempSync(join(tmpdir(), 'fleetlens-sim-'));

describe('simulator against a fake collector', async () => {
  const collector = await startRecorder(200, '{"parsed":1}');
  const config = ZSimulatorConfig.parse({
    collectorUrl: collector.url,
    seed: 'wiring',
    backfillDays: 0.25,
    backfillTiers: '6h:1h',
    scrapePort: 0,
    controlPort: 0,
    scrapeConfig: join(dir, 'scrape.yml'),
    stateFile: join(dir, 'state.json'),
    mode: 'backfill',
  });
  const simulator = await createSimulator({ config, logger: createSilentLogger() });
  afterAll(async () => {
    await simulator.stop();
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a scrape config the collector accepts, one job per exporter kind and platform', () => {
    const targets = parseScrapeConfig(readFileSync(config.scrapeConfig, 'utf8'));
    expect(targets).toHaveLength(simulator.served.length);
    expect(new Set(targets.map(({ platformHint }) => platformHint))).toContain(
      'nvidia-dcgm-exporter',
    );
    expect(targets.find(({ job }) => job === 'geth')?.url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/debug\/metrics\/prometheus$/,
    );
    expect(targets.filter(({ labels }) => labels.paradigm === 'iot').length).toBeGreaterThan(0);
  });

  it('backfills through every ingest API with past timestamps, then saves its timeline', async () => {
    const report = await simulator.start();
    expect(report?.instants).toBeGreaterThanOrEqual(5);
    const paths = new Set(collector.received.map(({ url }) => url.split('?')[0]));
    expect(paths).toEqual(
      new Set([
        '/api/v1/import/prometheus',
        '/api/v1/write',
        '/v1/metrics',
        '/v1/traces',
        '/v1/logs',
      ]),
    );
    const imports = collector.received.filter(({ url }) => url.startsWith('/api/v1/import'));
    const stamps = imports.map(({ url }) =>
      Number(new URL(url, collector.url).searchParams.get('timestamp')),
    );
    expect(Math.min(...stamps)).toBeLessThan(Date.now() - 4 * 3_600_000);
    const write = collector.received.find(({ url }) => url === '/api/v1/write');
    expect(write?.headers).toMatchObject({
      'content-encoding': 'snappy',
      'x-prometheus-remote-write-version': '0.1.0',
    });
    expect(await readState(config.stateFile)).toMatchObject({ seed: 'wiring', version: 1 });
  });
});
