import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';
import { generateColdStarts, HOUR_MS, MINUTE_MS } from './support/cold-start-traffic.ts';
import { evaluateEvery, listAlerts } from './support/evaluate.ts';
import { sendColdStarts } from './support/send-cold-starts.ts';

/** The built-in detector's recent window (1 h): "within 2 windows" is within 2 h. */
const WINDOW_MS = HOUR_MS;
const WORKLOADS = ['checkout', 'resize-image', 'send-mail', 'score-order'];

describe.each([0.25, 0.5, 1])('a %s cold-start regression', (increase) => {
  let collector: TestCollector;
  // Two days back, off the hour: the data is history, the detector evaluates it as it was.
  const regressionMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - 48 * HOUR_MS + 17 * MINUTE_MS;

  beforeAll(async () => {
    collector = await startTestCollector({ FLEETLENS_ALERT_INTERVAL_SECONDS: '3600' });
    await sendColdStarts(
      collector.baseUrl,
      generateColdStarts({
        seed: Math.round(increase * 1000),
        fromMs: regressionMs - 27 * HOUR_MS,
        toMs: regressionMs + 2 * WINDOW_MS,
        workloads: WORKLOADS,
        ratePerHour: () => 240,
        factorAt: (t) => (t >= regressionMs ? 1 + increase : 1),
      }),
    );
  });

  afterAll(async () => {
    await collector.close();
  });

  it('is detected within 2 evaluation windows, and nothing fires before it', async () => {
    const before = await evaluateEvery(
      collector,
      regressionMs - 2 * HOUR_MS,
      regressionMs - 5 * MINUTE_MS,
      5 * MINUTE_MS,
    );
    expect(before.every((report) => report.fired === 0 && report.errors.length === 0)).toBe(true);

    await evaluateEvery(collector, regressionMs, regressionMs + 2 * WINDOW_MS, 5 * MINUTE_MS);
    const alerts = await listAlerts(collector);
    const platform = alerts.find(
      (alert) => alert.labels['platform'] === 'aws-lambda' && !alert.labels['workload'],
    );
    expect(platform?.state).toBe('firing');
    expect(platform?.firedAtMs).toBeLessThanOrEqual(regressionMs + 2 * WINDOW_MS);
    expect(platform?.labels).toMatchObject({
      alertname: 'ColdStartRegression',
      kpi: 'startup_seconds',
      severity: 'warning',
    });

    // The evidence holds both distributions and the windows they came from.
    const evidence = platform?.evidence.firing as {
      increase: number;
      pValue: number;
      baselineKind: string;
      recent: { count: number; p95: number };
      baseline: { count: number; p95: number };
      recentWindow: { fromMs: number; toMs: number };
      baselineWindows: { fromMs: number; toMs: number }[];
    };
    expect(evidence.baselineKind).toBe('seasonal');
    expect(evidence.recent.count).toBeGreaterThanOrEqual(20);
    expect(evidence.baseline.count).toBeGreaterThanOrEqual(40);
    expect(evidence.pValue).toBeLessThanOrEqual(0.001);
    expect(evidence.increase).toBeGreaterThanOrEqual(0.15);
    expect(evidence.recent.p95 / evidence.baseline.p95 - 1).toBeCloseTo(evidence.increase, 4);
    expect(evidence.recentWindow.toMs - evidence.recentWindow.fromMs).toBe(WINDOW_MS);
    expect(evidence.baselineWindows[0]?.toMs).toBeLessThan(evidence.recentWindow.fromMs);
  });
});
