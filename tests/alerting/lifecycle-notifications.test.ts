import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';
import { generateColdStarts, HOUR_MS, MINUTE_MS } from './support/cold-start-traffic.ts';
import { evaluateEvery, listAlerts, waitUntil } from './support/evaluate.ts';
import { startReceiver } from './support/receiver.ts';
import type { TestReceiver } from './support/receiver.ts';
import { sendColdStarts } from './support/send-cold-starts.ts';

type WebhookBody = {
  version: string;
  status: string;
  alerts: { status: string; labels: Record<string, string>; evidence: Record<string, unknown> }[];
};
type PostableAlert = {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
};

const WORKLOADS = ['checkout', 'resize-image', 'send-mail', 'score-order'];
const regressionMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - 30 * HOUR_MS + 7 * MINUTE_MS;
const recoveryMs = regressionMs + 3 * HOUR_MS;
const isPlatformAlert = (labels: Record<string, string>) =>
  labels['platform'] === 'aws-lambda' && labels['workload'] === undefined;

describe('a regression that recovers, with webhook and Alertmanager receivers', () => {
  let collector: TestCollector;
  let webhook: TestReceiver;
  let alertmanager: TestReceiver;

  beforeAll(async () => {
    webhook = await startReceiver({ failFirst: 1 });
    alertmanager = await startReceiver();
    collector = await startTestCollector({
      FLEETLENS_ALERT_INTERVAL_SECONDS: '3600',
      FLEETLENS_ALERT_WEBHOOK_URLS: `${webhook.url}/hooks/fleetlens`,
      FLEETLENS_ALERTMANAGER_URL: alertmanager.url,
      FLEETLENS_ALERT_RETRY_INITIAL_SECONDS: '0.05',
    });
    await sendColdStarts(
      collector.baseUrl,
      generateColdStarts({
        seed: 21,
        fromMs: regressionMs - 27 * HOUR_MS,
        toMs: recoveryMs + 3 * HOUR_MS,
        workloads: WORKLOADS,
        ratePerHour: () => 240,
        factorAt: (t) => (t >= regressionMs && t < recoveryMs ? 1.5 : 1),
      }),
    );
    // One workload is silenced over the whole episode (and beyond the wall clock's now).
    const silence = await fetch(`${collector.baseUrl}/api/v1/silences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        matchers: [{ name: 'workload', value: 'checkout' }],
        startsAt: new Date(regressionMs - HOUR_MS).toISOString(),
        endsAt: new Date(Date.now() + HOUR_MS).toISOString(),
        comment: 'known slow release',
      }),
    });
    expect(silence.status).toBe(201);
  });

  afterAll(async () => {
    await collector.close();
    await webhook.close();
    await alertmanager.close();
  });

  it('fires, shows on /metrics and the read API, and notifies both receivers', async () => {
    await evaluateEvery(collector, regressionMs, regressionMs + 2 * HOUR_MS, 5 * MINUTE_MS);
    const firing = (await listAlerts(collector, 'state=firing')).find((alert) =>
      isPlatformAlert(alert.labels),
    );
    expect(firing?.kind).toBe('cold_start_regression');
    const evidence = firing?.evidence.firing as {
      baselineKind: string;
      recent: { count: number; p95: number };
      baseline: { count: number; p95: number };
    };
    expect(evidence.baselineKind).toBe('seasonal');
    expect(evidence.recent.count).toBeGreaterThanOrEqual(20);
    expect(evidence.recent.p95).toBeGreaterThan(evidence.baseline.p95 * 1.15);

    const metrics = await (await fetch(`${collector.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(
      /fleetlens_alerts\{alertname="ColdStartRegression",alertstate="firing",severity="warning",kpi="startup_seconds",platform="aws-lambda"\} 1/,
    );

    await webhook.waitFor((received) =>
      received.some((entry) =>
        (entry.body as WebhookBody).alerts.some((alert) => isPlatformAlert(alert.labels)),
      ),
    );
    const hook = webhook.received.find((entry) =>
      (entry.body as WebhookBody).alerts.some((alert) => isPlatformAlert(alert.labels)),
    );
    expect(hook?.path).toBe('/hooks/fleetlens');
    expect(hook?.body).toMatchObject({ version: '4', status: 'firing' });

    await alertmanager.waitFor((received) =>
      received.some((entry) =>
        (entry.body as PostableAlert[]).some((a) => isPlatformAlert(a.labels)),
      ),
    );
    const posted = alertmanager.received.flatMap((entry) => entry.body as PostableAlert[]);
    expect(alertmanager.received.every((entry) => entry.path === '/api/v2/alerts')).toBe(true);
    const alert = posted.find((entry) => isPlatformAlert(entry.labels));
    expect(Object.keys(alert ?? {}).sort()).toEqual(
      ['annotations', 'endsAt', 'generatorURL', 'labels', 'startsAt'].sort(),
    );
    expect(alert?.labels['alertname']).toBe('ColdStartRegression');
    expect(alert?.annotations['summary']).toMatch(/^Cold starts regressed \(platform=aws-lambda/);
    expect(Object.values(alert?.annotations ?? {}).every((v) => typeof v === 'string')).toBe(true);
    expect(Date.parse(alert?.startsAt ?? '')).toBe(firing?.firedAtMs);
    expect(Date.parse(alert?.endsAt ?? '')).toBeGreaterThan(Date.now());
    expect(alert?.generatorURL).toBe(`${collector.baseUrl}/api/v1/alerts?id=${firing?.id}`);

    // The silenced workload fired too, but told no one.
    const alerts = await listAlerts(collector, 'state=firing');
    const silenced = alerts.find((entry) => entry.labels['workload'] === 'checkout');
    expect(silenced?.silenced).toBe(true);
    expect(silenced?.notifications).toEqual([]);
    expect(posted.some((entry) => entry.labels['workload'] === 'checkout')).toBe(false);
  });

  it('retried the refused webhook delivery with backoff and recorded it', async () => {
    expect(webhook.attempts()).toBeGreaterThan(webhook.received.length);
    const deliveries = async () =>
      (await listAlerts(collector, 'state=firing')).flatMap((alert) => alert.notifications);
    await waitUntil(async () =>
      (await deliveries()).every((entry) => entry.status === 'delivered'),
    );
    expect(
      (await deliveries()).some(
        (entry) => entry.receiver.startsWith('webhook:') && entry.attempts === 2,
      ),
    ).toBe(true);
  });

  it('resolves after recovery and sends the resolution', async () => {
    await evaluateEvery(
      collector,
      regressionMs + 2 * HOUR_MS + 5 * MINUTE_MS,
      recoveryMs + 3 * HOUR_MS,
      5 * MINUTE_MS,
    );
    const platform = (await listAlerts(collector)).filter((alert) => isPlatformAlert(alert.labels));
    expect(platform.map((alert) => alert.state)).toEqual(['resolved']);
    const resolvedAtMs = platform[0]?.resolvedAtMs ?? 0;
    expect(resolvedAtMs).toBeGreaterThan(recoveryMs);
    expect(resolvedAtMs).toBeLessThanOrEqual(recoveryMs + 2 * HOUR_MS);

    await alertmanager.waitFor((received) =>
      received.some((entry) =>
        (entry.body as PostableAlert[]).some(
          (a) => isPlatformAlert(a.labels) && Date.parse(a.endsAt) === resolvedAtMs,
        ),
      ),
    );
    await webhook.waitFor((received) =>
      received.some((entry) => (entry.body as WebhookBody).status === 'resolved'),
    );
    const metrics = await (await fetch(`${collector.baseUrl}/metrics`)).text();
    expect(metrics).not.toMatch(/fleetlens_alerts\{[^}]*alertstate="firing"/);
  });
});
