import type { TestCollector } from '../../src/test-utils/collector.ts';

export type Report = Awaited<ReturnType<TestCollector['alerts']['evaluateAt']>>;

const NS_PER_MS = 1_000_000n;

/** Evaluates every rule at fromMs, fromMs + stepMs, … up to toMs, as the interval would. */
export const evaluateEvery = async (
  collector: TestCollector,
  fromMs: number,
  toMs: number,
  stepMs: number,
): Promise<Report[]> => {
  const reports: Report[] = [];
  for (let t = fromMs; t <= toMs; t += stepMs) {
    reports.push(await collector.alerts.evaluateAt(BigInt(t) * NS_PER_MS));
  }

  return reports;
};

export type ApiAlert = {
  id: number;
  ruleName: string;
  kind: string;
  state: string;
  labels: Record<string, string>;
  value: number | null;
  activeSinceMs: number;
  firedAtMs: number | null;
  resolvedAtMs: number | null;
  silenced: boolean;
  evidence: { firing?: Record<string, unknown>; current?: Record<string, unknown> };
  notifications: { receiver: string; event: string; status: string; attempts: number }[];
};

export const listAlerts = async (collector: TestCollector, query = 'state=all') => {
  const response = await fetch(`${collector.baseUrl}/api/v1/alerts?${query}`);
  if (!response.ok) throw new Error(`GET /api/v1/alerts: ${response.status}`);

  return ((await response.json()) as { alerts: ApiAlert[] }).alerts;
};

/** Polls `check` until it returns true; fails after `timeoutMs`. */
export const waitUntil = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
