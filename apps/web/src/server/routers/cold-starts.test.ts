import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCaller } from '@/server/root.ts';
import { createAlertStore } from '@/test-utils/cold-start-alert-store.ts';
import { kubeletPodStarts } from '@/test-utils/cold-start-kubelet.ts';
import { functionTraces, postTraces, spread } from '@/test-utils/cold-start-otlp.ts';
import type { TestSpan } from '@/test-utils/cold-start-otlp.ts';
import { startTestFleet } from '@/test-utils/fleet.ts';
import type { TestFleet } from '@/test-utils/fleet.ts';

const HOUR = 3_600_000;
const MINUTE = 60_000;

const inits = (count: number, fromMs: number, toMs: number, seconds: (i: number) => number) =>
  spread(count, fromMs, toMs, (endMs, i): TestSpan => ({
    kind: 'init',
    endMs,
    seconds: seconds(i),
  }));

describe('cold-starts router', () => {
  let fleet: TestFleet;
  // The window under test is the last hour; the one before it is the baseline.
  const nowMs = Date.now();
  const range = { fromMs: nowMs - HOUR, toMs: nowMs };
  const previous = { fromMs: nowMs - 2 * HOUR, toMs: nowMs - HOUR };

  beforeAll(async () => {
    fleet = await startTestFleet();
    // wasmtime doubles its cold-start time, with plenty of samples on both sides.
    await postTraces(
      fleet.baseUrl,
      functionTraces('wasmtime', 'thumbnailer', [
        ...inits(25, previous.fromMs, previous.toMs, (i) => 0.1 + i * 0.004),
        ...inits(25, range.fromMs, range.toMs - MINUTE, (i) => 0.2 + i * 0.008),
        ...spread(10, range.fromMs, range.toMs - MINUTE, (endMs) => ({
          kind: 'invocation',
          endMs,
          seconds: 0.5,
          cold: true,
        })),
        ...spread(30, range.fromMs, range.toMs - MINUTE, (endMs) => ({
          kind: 'invocation',
          endMs,
          seconds: 0.05,
          cold: false,
        })),
      ]),
    );
    // Spin gets slower too, but ten cold starts are too few to call it.
    await postTraces(
      fleet.baseUrl,
      functionTraces('spin', 'greeter', [
        ...inits(10, previous.fromMs, previous.toMs, () => 0.1),
        ...inits(10, range.fromMs, range.toMs - MINUTE, () => 0.5),
      ]),
    );
    // Lambda stays where it was.
    await postTraces(
      fleet.baseUrl,
      functionTraces('aws-lambda', 'checkout', [
        ...inits(25, previous.fromMs, previous.toMs, (i) => 0.3 + (i % 5) * 0.01),
        ...inits(25, range.fromMs, range.toMs - MINUTE, (i) => 0.3 + (i % 5) * 0.01),
      ]),
    );
    // The kubelet reports pod starts as a histogram, scraped every two minutes: one 1.5 s start
    // per scrape before the window, one 4.5 s start per scrape inside it.
    const observed: number[] = [];
    for (let atMs = nowMs - 2 * HOUR - 2 * MINUTE; atMs < nowMs; atMs += 2 * MINUTE) {
      observed.push(atMs < range.fromMs ? 1.5 : 4.5);
      await fleet.importText(kubeletPodStarts(observed, atMs), {
        job: 'kubelet',
        instance: 'worker-1:10250',
      });
    }
  });
  afterAll(async () => fleet.close());

  it('compares each platform with the previous window and flags where p95 got worse', async () => {
    const rows = await fleet.caller().coldStarts.comparison({ range });
    const row = (platform: string) => rows.find((entry) => entry.platform === platform);

    // Regressions first, the larger rise first among them.
    expect(rows.slice(0, 2).map((entry) => entry.platform)).toEqual([
      'kubelet-cadvisor',
      'wasmtime',
    ]);
    expect(row('wasmtime')).toMatchObject({
      paradigm: 'wasm',
      source: 'events',
      current: { count: 25 },
      previous: { count: 25 },
      enoughSamples: true,
      worse: true,
    });
    expect(row('wasmtime')?.change.p95).toBeGreaterThan(80);
    expect(row('wasmtime')?.current.p50).toBeCloseTo(0.296, 3);

    expect(row('spin')).toMatchObject({ enoughSamples: false, worse: false });
    expect(row('spin')?.change.p95).toBeCloseTo(400, 6);

    expect(row('aws-lambda')).toMatchObject({ enoughSamples: true, worse: false });
    expect(Math.abs(row('aws-lambda')?.change.p95 ?? 100)).toBeLessThan(5);
  });

  it('measures histogram-only platforms from the increases of their buckets', async () => {
    const rows = await fleet.caller().coldStarts.comparison({ range });
    const kubelet = rows.find((entry) => entry.platform === 'kubelet-cadvisor');

    expect(kubelet).toMatchObject({ source: 'histograms', paradigm: 'container', worse: true });
    // 30 scrapes fall in each hour; each adds one start.
    expect(kubelet?.current.count).toBe(30);
    expect(kubelet?.previous.count).toBe(30);
    // histogram_quantile interpolates inside the bucket holding the start: (4, 5] and (1, 2].
    expect(kubelet?.current.p50).toBeGreaterThan(4);
    expect(kubelet?.current.p50).toBeLessThanOrEqual(5);
    expect(kubelet?.previous.p95).toBeGreaterThan(1);
    expect(kubelet?.previous.p95).toBeLessThanOrEqual(2);
  });

  it('charts a percentile per platform, each platform from its own source', async () => {
    const chart = await fleet.caller().coldStarts.percentiles({ range, percentile: 'p95' });
    const platforms = chart.series.map((line) => line.platform).sort();

    expect(platforms).toEqual(['aws-lambda', 'kubelet-cadvisor', 'spin', 'wasmtime']);
    const wasmtime = chart.series.find((line) => line.platform === 'wasmtime');
    const values = (wasmtime?.points ?? []).flatMap(([, value]) => (value === null ? [] : [value]));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0.2);
    expect(Math.max(...values)).toBeLessThanOrEqual(0.4);
    const kubelet = chart.series.find((line) => line.platform === 'kubelet-cadvisor');
    expect(kubelet?.points.some(([, value]) => value !== null && value > 4)).toBe(true);
  });

  it('sets cold against warm invocations per platform', async () => {
    const rows = await fleet.caller().coldStarts.coldWarm({ range });
    const wasmtime = rows.find((row) => row.platform === 'wasmtime');

    expect(wasmtime).toMatchObject({
      source: 'invocations',
      cold: { count: 10, p50: 0.5 },
      warm: { count: 30 },
    });
    expect(wasmtime?.warm.p50).toBeCloseTo(0.05, 6);
    expect(wasmtime?.slowdownP50).toBeCloseTo(10, 6);

    const series = await fleet
      .caller()
      .coldStarts.coldWarmSeries({ range, platform: 'wasmtime', percentile: 'p50' });
    expect(series.series.map((line) => line.cold).sort()).toEqual([false, true]);
  });

  it('returns no alert markers while nothing has fired', async () => {
    await expect(fleet.caller().coldStarts.alerts({ range })).resolves.toEqual([]);
  });
});

describe('cold-start alert markers', () => {
  const nowMs = Date.now();
  const range = { fromMs: nowMs - HOUR, toMs: nowMs };

  it('reads fired cold-start regression alerts in the window with their platform', async () => {
    const store = createAlertStore();
    try {
      store.addAlert({
        kind: 'cold_start_regression',
        labels: { platform: 'wasmtime', workload: 'thumbnailer' },
        firedAtMs: nowMs - 10 * MINUTE,
      });
      store.addAlert({
        kind: 'cold_start_regression',
        labels: { platform: 'spin' },
        firedAtMs: nowMs - 3 * HOUR,
      });
      store.addAlert({
        kind: 'cold_start_regression',
        labels: {},
        firedAtMs: null,
        state: 'pending',
      });
      store.addAlert({ kind: 'threshold', labels: { platform: 'k3s' }, firedAtMs: nowMs - MINUTE });

      const alerts = await createCaller({ db: store.readDb }).coldStarts.alerts({ range });

      expect(alerts).toEqual([
        expect.objectContaining({
          firedAtMs: nowMs - 10 * MINUTE,
          platform: 'wasmtime',
          workload: 'thumbnailer',
          state: 'firing',
        }),
      ]);
    } finally {
      store.close();
    }
  });

  it('shows none when the store has no alert tables', async () => {
    const db = new Database(':memory:');
    try {
      await expect(createCaller({ db }).coldStarts.alerts({ range })).resolves.toEqual([]);
    } finally {
      db.close();
    }
  });
});
