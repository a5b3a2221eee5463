import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestCollector } from '../src/test-utils/collector.ts';
import { startTestCollector } from '../src/test-utils/collector.ts';
import { checkCase } from './check/check-case.ts';
import { NOW_NS } from './clock.ts';
import { loadGoldenCases } from './golden-case.ts';
import { createReadApi } from './read-api.ts';
import { sendCase } from './send-case.ts';

const CASES = loadGoldenCases(join(import.meta.dirname, 'data'));

/**
 * One collector for every case: cases keep apart through their own job, instance and
 * resource names. Maintenance is pushed past the run so retention, which reads the wall
 * clock, never deletes the fixed-clock data mid-suite.
 */
describe('golden ingest cases', () => {
  let collector: TestCollector | undefined;

  beforeAll(async () => {
    collector = await startTestCollector(
      { FLEETLENS_MAINTENANCE_INTERVAL_SECONDS: '86400' },
      { now: () => NOW_NS },
    );
  });

  afterAll(async () => {
    await collector?.close();
  });

  const requireCollector = (): TestCollector => {
    if (collector === undefined) throw new Error('collector did not start');

    return collector;
  };

  it('finds the cases', () => {
    expect(CASES.length).toBeGreaterThan(0);
  });

  for (const golden of CASES) {
    // A known collector bug runs as an expected failure: fixing it turns the case red
    // until its knownIssue is removed, so nothing passes or hides by accident.
    const test = golden.spec.knownIssue === undefined ? it : it.fails;
    test(`${golden.name}: ${golden.spec.description}`, async () => {
      const { baseUrl } = requireCollector();
      const results = await sendCase(baseUrl, golden.spec, golden.inputs);
      const problems = await checkCase(createReadApi(baseUrl), golden, results);
      expect(problems).toEqual([]);
    });
  }
});
