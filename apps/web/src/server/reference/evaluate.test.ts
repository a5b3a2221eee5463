import { listReferenceCells } from '@fleetlens/schema';
import type { Paradigm } from '@fleetlens/schema';
import { describe, expect, it } from 'vitest';

import { compareCells, countVerdicts } from './evaluate.ts';
import { emptyObservation } from './observation.ts';
import type { FleetObservation } from './observation.ts';

type Figures = { startup?: number; memory?: number; latency?: number; resources?: number };

/** A fleet with the given figures and ample samples behind each. */
const fleetOf = (figures: Partial<Record<Paradigm, Figures>>): FleetObservation => {
  const fleet = emptyObservation(0, 3_600_000);
  const total = Object.values(figures).reduce((sum, f) => sum + (f.resources ?? 0), 0);
  fleet.fleetResources = total;
  for (const [paradigm, f] of Object.entries(figures) as [Paradigm, Figures][]) {
    const observation = fleet.paradigms[paradigm];
    if (f.startup !== undefined)
      observation.startup = { value: f.startup, samples: 500, source: 'histograms' };
    if (f.memory !== undefined)
      observation.memory = { value: f.memory, samples: 10, source: 'samples' };
    if (f.latency !== undefined)
      observation.latency = { value: f.latency, samples: 500, source: 'events' };
    observation.adoption = { value: (f.resources ?? 0) / total, samples: total };
  }

  return fleet;
};

const find = (
  cells: ReturnType<typeof compareCells>,
  matrix: string,
  row: string,
  column: string,
) => cells.find((c) => c.matrix === matrix && c.row === row && c.column === column);

describe('compareCells', () => {
  const cells = listReferenceCells();
  const fleet = fleetOf({
    wasm: { startup: 0.004, memory: 20e6, latency: 0.003, resources: 10 },
    container: { startup: 2.5, memory: 600e6, latency: 0.5, resources: 50 },
    edge: { memory: 900e6, resources: 30 },
    serverless: { memory: 1.5e9, latency: 0.1, resources: 10 },
    ai_ml: { startup: 58, memory: 400e6, latency: 0.02, resources: 0 },
  });
  const compared = compareCells(cells, fleet);

  it('keeps every cell in document order and marks the unmeasurable ones reference only', () => {
    expect(compared.map((c) => `${c.matrix}/${c.row}/${c.column}`)).toEqual(
      cells.map((c) => `${c.matrix}/${c.row}/${c.column}`),
    );
    expect(find(compared, 'container_vs_wasm', 'isolation', 'wasm')).toMatchObject({
      verdict: 'reference',
      rule: 'reference',
      measured: [],
    });
    expect(find(compared, 'features', 'ecosystem', 'wasm')?.verdict).toBe('reference');
  });

  it('reads 更好 as ranking just above the paradigm it beats', () => {
    const better = find(compared, 'container_vs_wasm', 'performance', 'wasm');
    expect(better).toMatchObject({ verdict: 'consistent', rule: 'order' });
    expect(better?.pairs).toEqual([
      { peer: 'container', peerValue: 0.5, expected: 'lower', holds: true },
    ]);
  });

  it('holds each resource level against every peer of its row', () => {
    const edge = find(compared, 'features', 'resource_use', 'edge');
    expect(edge?.verdict).toBe('deviates');
    expect(edge?.pairs?.find((p) => p.peer === 'ai_ml')).toMatchObject({
      expected: 'lower',
      holds: false,
    });
    expect(find(compared, 'features', 'resource_use', 'wasm')?.verdict).toBe('consistent');
  });

  it('checks the analysis column as favoured-below-other comparisons', () => {
    const resources = find(compared, 'container_vs_wasm', 'resource_use', 'analysis');
    expect(resources).toMatchObject({ verdict: 'consistent', rule: 'comparison' });
    expect(resources?.measured.map((m) => [m.paradigm, m.value])).toEqual([
      ['wasm', 20e6],
      ['container', 600e6],
    ]);
    expect(find(compared, 'container_vs_wasm', 'ecosystem', 'analysis')?.verdict).toBe('reference');
  });

  it('reads startup bands and adoption shares', () => {
    expect(find(compared, 'features', 'startup', 'ai_ml')?.verdict).toBe('deviates');
    expect(find(compared, 'features', 'startup', 'edge')?.verdict).toBe('insufficient');
    // 10 of 100 resources: the document's 10 % exactly.
    expect(find(compared, 'maturity', 'wasm', 'adoption')).toMatchObject({
      verdict: 'consistent',
      tolerance: 0.05,
    });
    // 30 of 100 for edge: claimed 30 %.
    expect(find(compared, 'maturity', 'edge', 'adoption')?.verdict).toBe('consistent');
    // 0 of 100 for AI/ML against a claimed 60 %.
    expect(find(compared, 'maturity', 'ai_ml', 'adoption')?.verdict).toBe('deviates');
  });

  it('counts verdicts', () => {
    const counts = countVerdicts(compared);
    expect(counts.consistent + counts.deviates + counts.insufficient + counts.reference).toBe(
      cells.length,
    );
    expect(counts.reference).toBe(cells.filter((c) => !c.measurable).length);
  });
});
