import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The simulator is an app, not a package the tests depend on: import its entry point directly.
import {
  createSilentLogger,
  createSimulator,
  ZSimulatorConfig,
} from '../../apps/simulator/src/index.ts';
import type { SimulatorHandle } from '../../apps/simulator/src/index.ts';
import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';
import { HOUR_MS, MINUTE_MS } from './support/cold-start-traffic.ts';
import { evaluateEvery, listAlerts } from './support/evaluate.ts';

describe("the simulator's cold-start-regression scenario, end to end", () => {
  const dir = mkdtempSync(join(tmpdir(), 'fleetlens-alerting-sim-'));
  let collector: TestCollector;
  let simulator: SimulatorHandle;
  const startedMs = Date.now();

  beforeAll(async () => {
    collector = await startTestCollector({ FLEETLENS_ALERT_INTERVAL_SECONDS: '3600' });
    // About 7 hours of history, Lambda cold starts 100 % slower for the last 3.
    simulator = await createSimulator({
      config: ZSimulatorConfig.parse({
        collectorUrl: collector.baseUrl,
        seed: 'alerting',
        backfillDays: 0.3,
        concurrency: 12,
        backfillTiers: '1d:10m',
        mode: 'backfill',
        scrapePort: 0,
        controlPort: 0,
        scrapeConfig: join(dir, 'scrape.yml'),
        stateFile: join(dir, 'state.json'),
        scenarios: ['cold-start-regression:platform=aws-lambda,percent=100,from=-3h'],
      }),
      logger: createSilentLogger(),
      now: () => startedMs,
    });
    const report = await simulator.start();
    expect(report?.failures).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await simulator.stop();
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fires the built-in detector for aws-lambda with no configuration', async () => {
    const regressionMs = startedMs - 3 * HOUR_MS;
    const before = await evaluateEvery(
      collector,
      regressionMs - HOUR_MS,
      regressionMs,
      10 * MINUTE_MS,
    );
    expect(before.every((report) => report.fired === 0)).toBe(true);
    await evaluateEvery(collector, regressionMs + 10 * MINUTE_MS, startedMs, 10 * MINUTE_MS);

    const alerts = await listAlerts(collector, 'state=firing');
    const platform = alerts.find(
      (alert) => alert.labels['platform'] === 'aws-lambda' && !alert.labels['workload'],
    );
    expect(platform?.ruleName).toBe('ColdStartRegression');
    // The simulator sends about 30 Lambda cold starts an hour, so the detector widens its recent
    // window to gather enough of them before it can tell: slower than on dense data.
    expect(platform?.firedAtMs).toBeGreaterThan(regressionMs);
    expect(platform?.firedAtMs).toBeLessThanOrEqual(startedMs);
    expect(platform?.evidence.firing?.['increase']).toBeGreaterThan(0.5);
    expect(alerts.every((alert) => alert.labels['platform'] === 'aws-lambda')).toBe(true);
  });
});
