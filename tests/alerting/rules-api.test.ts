import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';

type Rule = {
  id: number;
  name: string;
  kind: string;
  builtin: boolean;
  params: Record<string, unknown>;
};

describe('rules and silences on the read API', () => {
  let collector: TestCollector;
  const send = (method: string, path: string, body?: unknown, contentType = 'application/json') =>
    fetch(`${collector.baseUrl}${path}`, {
      method,
      headers: { 'content-type': contentType },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    collector = await startTestCollector({ FLEETLENS_ALERT_INTERVAL_SECONDS: '3600' });
  });

  afterAll(async () => {
    await collector.close();
  });

  it('lists the built-in cold-start detector with its defaults, which cannot be deleted', async () => {
    const { rules } = (await (await fetch(`${collector.baseUrl}/api/v1/rules`)).json()) as {
      rules: Rule[];
    };
    const builtin = rules.find((rule) => rule.builtin);
    expect(builtin).toMatchObject({ kind: 'cold_start_regression', name: 'ColdStartRegression' });
    expect(builtin?.params).toMatchObject({ quantile: 0.95, minIncrease: 0.15, alpha: 0.0001 });
    expect((await send('DELETE', `/api/v1/rules/${builtin?.id}`)).status).toBe(409);
  });

  it('creates, reads, replaces and deletes a rule', async () => {
    const rule = {
      name: 'QuantumQueueSlow',
      kind: 'threshold',
      kpi: 'job_queue_seconds',
      operator: '>',
      threshold: 600,
      windowSeconds: 900,
      params: { agg: 'p95' },
    };
    const created = await send('POST', '/api/v1/rules', rule);
    expect(created.status).toBe(201);
    const { rule: stored } = (await created.json()) as { rule: Rule & { forSeconds: number } };
    expect(stored).toMatchObject({ ...rule, forSeconds: 0, enabled: true, builtin: false });
    expect(stored.params).toEqual({ agg: 'p95', keepFiringForSeconds: 0, severity: 'warning' });

    const path = `/api/v1/rules/${stored.id}`;
    expect(
      ((await (await fetch(`${collector.baseUrl}${path}`)).json()) as { rule: Rule }).rule.name,
    ).toBe('QuantumQueueSlow');
    const replaced = await send('PUT', path, { ...rule, threshold: 300 });
    expect(((await replaced.json()) as { rule: { threshold: number } }).rule.threshold).toBe(300);
    expect((await send('DELETE', path)).status).toBe(204);
    expect((await fetch(`${collector.baseUrl}${path}`)).status).toBe(404);
    expect((await send('PUT', '/api/v1/rules/999999', rule)).status).toBe(404);
  });

  it('refuses bad rules with a 400 that names each problem', async () => {
    const answer = async (body: unknown) => {
      const response = await send('POST', '/api/v1/rules', body);

      return {
        status: response.status,
        error: ((await response.json()) as { error: string }).error,
      };
    };
    const bad = await answer({
      name: 'x',
      kind: 'threshold',
      kpi: 'gpu_utilisation',
      operator: '=>',
      threshold: 'high',
    });
    expect(bad.status).toBe(400);
    expect(bad.error).toMatch(/kpi/);
    expect(bad.error).toMatch(/operator/);
    expect(bad.error).toMatch(/threshold/);

    expect((await answer({ name: 'x', kind: 'sometimes', kpi: 'up' })).error).toMatch(/kind/);
    expect(
      (
        await answer({
          name: 'x',
          kind: 'absence',
          kpi: 'up',
          matchers: [{ name: 'a-b', value: '' }],
        })
      ).error,
    ).toMatch(/matchers\.0\.name/);
    expect(
      (
        await answer({
          name: 'x',
          kind: 'cold_start_regression',
          params: { minIncrease: 0.1, resolveIncrease: 0.2 },
        })
      ).error,
    ).toMatch(/resolveIncrease/);
    expect(
      (
        await answer({
          name: 'x',
          kind: 'threshold',
          kpi: 'up',
          operator: '>',
          threshold: 1,
          extra: 1,
        })
      ).error,
    ).toMatch(/extra/);
    expect((await send('POST', '/api/v1/rules', { name: 'x' }, 'text/plain')).status).toBe(415);
    const notJson = await fetch(`${collector.baseUrl}/api/v1/rules`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(notJson.status).toBe(400);
    expect((await fetch(`${collector.baseUrl}/api/v1/rules/abc`)).status).toBe(400);
  });

  it('creates, lists and deletes silences, and validates them', async () => {
    const endsAt = new Date(Date.now() + 3_600_000).toISOString();
    const created = await send('POST', '/api/v1/silences', {
      matchers: [{ name: 'platform', value: 'aws-.*', isRegex: true }],
      endsAt,
      comment: 'migration window',
      createdBy: 'ops',
    });
    expect(created.status).toBe(201);
    const { silence } = (await created.json()) as { silence: { id: number; status: string } };
    expect(silence.status).toBe('active');
    const { silences } = (await (await fetch(`${collector.baseUrl}/api/v1/silences`)).json()) as {
      silences: { id: number }[];
    };
    expect(silences.map((entry) => entry.id)).toContain(silence.id);
    expect((await send('DELETE', `/api/v1/silences/${silence.id}`)).status).toBe(204);
    expect((await send('DELETE', `/api/v1/silences/${silence.id}`)).status).toBe(404);

    const bad = await send('POST', '/api/v1/silences', {
      matchers: [{ name: 'platform', value: '(', isRegex: true }],
      endsAt: 'tomorrow',
    });
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as { error: string };
    expect(error).toMatch(/matchers\.0\.value/);
    expect(error).toMatch(/endsAt/);
  });
});
