import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';
import {
  bursts,
  DAY_MS,
  diurnal,
  generateColdStarts,
  MINUTE_MS,
} from './support/cold-start-traffic.ts';
import type { ColdStart } from './support/cold-start-traffic.ts';
import { evaluateEvery, listAlerts } from './support/evaluate.ts';
import { sendColdStarts } from './support/send-cold-starts.ts';

const WORKLOADS = ['checkout', 'resize-image', 'send-mail', 'score-order'];
/** Day one is the baseline; the detector is evaluated across all of day two. */
const dayTwoMs = Math.floor(Date.now() / DAY_MS) * DAY_MS - 2 * DAY_MS;
const span = { fromMs: dayTwoMs - DAY_MS, toMs: dayTwoMs + DAY_MS, workloads: WORKLOADS };
const day = diurnal(0.8, 0.12);

const LOADS: [string, () => ColdStart[]][] = [
  ['stable', () => generateColdStarts({ ...span, seed: 11, ratePerHour: () => 240 })],
  [
    'diurnal (rate ×0.2 to ×1.8, cold starts ±12 % slower with the load)',
    () =>
      generateColdStarts({
        ...span,
        seed: 12,
        ratePerHour: day.ratePerHour(240),
        factorAt: day.factorAt,
      }),
  ],
  [
    'bursty (scale-outs of 300 cold starts in 3 minutes over a thin steady load)',
    () => [
      ...generateColdStarts({ ...span, seed: 13, ratePerHour: () => 40 }),
      ...bursts({ ...span, seed: 14, everyHours: 3, size: 300 }),
    ],
  ],
];

describe.each(LOADS)('a %s baseline with no regression', (_name, generate) => {
  let collector: TestCollector;

  beforeAll(async () => {
    collector = await startTestCollector({ FLEETLENS_ALERT_INTERVAL_SECONDS: '3600' });
    await sendColdStarts(collector.baseUrl, generate());
  });

  afterAll(async () => {
    await collector.close();
  });

  it('raises no alert over 24 simulated hours', async () => {
    const reports = await evaluateEvery(collector, dayTwoMs, dayTwoMs + DAY_MS, 10 * MINUTE_MS);
    expect(reports).toHaveLength(24 * 6 + 1);
    expect(reports.flatMap((report) => report.errors)).toEqual([]);
    expect(reports.filter((report) => report.fired > 0).map((report) => report.atMs)).toEqual([]);
    expect((await listAlerts(collector)).filter((alert) => alert.state !== 'pending')).toEqual([]);
    // The detector did decide on this data: most evaluations compared distributions.
    const decided = reports.filter((report) => report.observed > 0).length;
    expect(decided).toBeGreaterThan(reports.length * 0.8);
  });
});
