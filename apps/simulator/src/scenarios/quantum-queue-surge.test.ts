import { describe, expect, it } from 'vitest';

import { createFleet } from '../fleet/fleet.ts';
import type { Fleet } from '../fleet/fleet.ts';
import { jobReportsIn } from '../fleet/quantum-model.ts';
import { DAY_MS } from '../fleet/time.ts';
import { ORIGIN, T } from '../test-utils/fixtures.ts';
import { createScenario } from './registry.ts';

const FROM = T - 3 * DAY_MS;
const surge = createScenario(
  { name: 'quantum-queue-surge', params: { provider: 'ibm', factor: 6, from: String(FROM) } },
  0,
);
const base = createFleet({ seed: 'quantum', originMs: ORIGIN });
const busy = createFleet({ seed: 'quantum', originMs: ORIGIN, scenarios: [surge] });

/** Queue seconds of the jobs created in [from, to) on `platform`, by job id. */
const queues = (fleet: Fleet, platform: string, from: number, to: number) =>
  new Map(
    fleet.inventory
      .ofKind('quantum')
      .filter((w) => w.platform === platform)
      .flatMap((w) => jobReportsIn(fleet.ctx, w, from, to))
      .filter((report) => !report.isFinal)
      .map(({ job }) => [job.id, (job.runningMs - job.createdMs) / 1000] as const),
  );

describe('quantum-queue-surge', () => {
  it("multiplies the queue wait of the provider's jobs created after T", () => {
    const normal = queues(base, 'qiskit', FROM, T);
    const surged = queues(busy, 'qiskit', FROM, T);
    expect(normal.size).toBeGreaterThan(10);
    const ratios = [...normal].map(([id, seconds]) => (surged.get(id) ?? 0) / seconds);
    // Times are whole milliseconds and tails are capped at 15 h: a few ratios fall short.
    expect(ratios.filter((ratio) => Math.abs(ratio - 6) < 0.01).length).toBeGreaterThan(
      ratios.length * 0.8,
    );
  });

  it('leaves jobs created before T and other providers alone', () => {
    expect(queues(busy, 'qiskit', FROM - DAY_MS, FROM)).toEqual(
      queues(base, 'qiskit', FROM - DAY_MS, FROM),
    );
    expect(queues(busy, 'amazon-braket', FROM, T)).toEqual(queues(base, 'amazon-braket', FROM, T));
  });
});
