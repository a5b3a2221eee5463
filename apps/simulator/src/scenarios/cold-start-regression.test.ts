import { describe, expect, it } from 'vitest';

import { invocationsIn } from '../fleet/events.ts';
import { createFleet } from '../fleet/fleet.ts';
import type { Fleet } from '../fleet/fleet.ts';
import { DAY_MS, HOUR_MS } from '../fleet/time.ts';
import { createFaasMetrics } from '../emit/otlp/faas-metrics.ts';
import { ORIGIN, T } from '../test-utils/fixtures.ts';
import { createScenario } from './registry.ts';

const FROM = T - 2 * DAY_MS;
const regression = createScenario(
  {
    name: 'cold-start-regression',
    params: { platform: 'aws-lambda', percent: 40, from: String(FROM) },
  },
  0,
);
const base = createFleet({ seed: 'csr', originMs: ORIGIN });
const slowed = createFleet({ seed: 'csr', originMs: ORIGIN, scenarios: [regression] });

/** Init durations of every cold invocation of `platform` in [from, to), hour by hour. */
const coldStarts = (fleet: Fleet, platform: string, from: number, to: number): number[] =>
  fleet.inventory
    .ofKind('serverless')
    .filter((fn) => fn.platform === platform)
    .flatMap((fn) =>
      Array.from({ length: (to - from) / HOUR_MS }, (_, hour) =>
        invocationsIn(fleet.ctx, fn, from + hour * HOUR_MS, from + (hour + 1) * HOUR_MS, 400),
      ).flat(),
    )
    .flatMap((call) => (call.initSeconds === undefined ? [] : [call.initSeconds]));

const p95 = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);

  return sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN;
};

describe('cold-start-regression', () => {
  it('makes the platform’s cold starts X % slower after T', () => {
    const before = coldStarts(base, 'aws-lambda', FROM, FROM + DAY_MS);
    const after = coldStarts(slowed, 'aws-lambda', FROM, FROM + DAY_MS);
    expect(before.length).toBeGreaterThan(50);
    expect(p95(after) / p95(before)).toBeCloseTo(1.4, 6);
  });

  it('leaves cold starts before T and other platforms alone', () => {
    expect(coldStarts(slowed, 'aws-lambda', FROM - DAY_MS, FROM)).toEqual(
      coldStarts(base, 'aws-lambda', FROM - DAY_MS, FROM),
    );
    expect(coldStarts(slowed, 'google-cloud-run', FROM, FROM + DAY_MS)).toEqual(
      coldStarts(base, 'google-cloud-run', FROM, FROM + DAY_MS),
    );
  });

  it('shifts faas.init_duration only by the cold starts counted after T', () => {
    const fn = base.inventory.ofKind('serverless').find((s) => s.telemetry === 'lambda-otel');
    if (fn === undefined) throw new Error('no OTel Lambda');
    const init = (fleet: Fleet, t: number) =>
      createFaasMetrics(fleet.ctx, { ...fn, memoryBytes: 1 }, [t])[1]?.dataPoints[0]?.value;
    expect(init(slowed, FROM - HOUR_MS)).toEqual(init(base, FROM - HOUR_MS));
    const [slow, normal] = [init(slowed, T), init(base, T)];
    expect(slow).toMatchObject({ count: (normal as { count: number }).count });
    expect((slow as { sum: number }).sum).toBeGreaterThan((normal as { sum: number }).sum);
  });
});
