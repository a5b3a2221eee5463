import { describe, expect, it } from 'vitest';
import { PARADIGM_IDS } from '../paradigm.ts';
import { findReferenceCell, listReferenceCells, REFERENCE, ZReferenceCell } from './index.ts';
import { ZReferenceMatrix } from './matrix.ts';

const cells = listReferenceCells();

describe('listReferenceCells', () => {
  it('flattens every cell of every matrix', () => {
    const counts = Object.fromEntries(
      Object.keys(REFERENCE).map((id) => [id, cells.filter((cell) => cell.matrix === id).length]),
    );
    expect(counts).toEqual({
      container_vs_wasm: 18,
      maturity: 35,
      features: 24,
      scenario_fit: 15,
      market_size: 28,
      investment: 35,
    });
  });

  it('keys every cell uniquely by (matrix, row, column)', () => {
    const keys = cells.map((cell) => `${cell.matrix}/${cell.row}/${cell.column}`);
    expect(new Set(keys).size).toBe(cells.length);
  });

  it('validates every cell and every matrix', () => {
    for (const cell of cells) expect(ZReferenceCell.parse(cell)).toEqual(cell);
    for (const matrix of Object.values(REFERENCE)) {
      expect(ZReferenceMatrix.safeParse(matrix).success).toBe(true);
    }
  });

  it('gives a claim to every measurable cell and a paradigm wherever one applies', () => {
    for (const cell of cells.filter((candidate) => candidate.measurable)) {
      expect(cell.claim).toBeDefined();
    }
    for (const cell of cells.filter((candidate) => candidate.paradigm !== undefined)) {
      expect(PARADIGM_IDS).toContain(cell.paradigm);
    }
  });

  it('finds cells by their stable key', () => {
    expect(findReferenceCell('maturity', 'wasm', 'adoption')).toMatchObject({
      rowZh: 'WebAssembly',
      columnZh: '采用率',
      zh: '10%',
      measurable: true,
      paradigm: 'wasm',
      claim: { kind: 'fraction', value: 0.1 },
    });
    expect(findReferenceCell('features', 'startup', 'ai_ml')).toMatchObject({
      zh: '分钟级',
      paradigm: 'ai_ml',
      claim: { kind: 'startup_band', band: 'minutes', minSeconds: 60, maxSeconds: null },
    });
    expect(findReferenceCell('market_size', 'quantum', 'growth_rate')?.claim).toEqual({
      kind: 'fraction',
      value: 0.4,
    });
    expect(findReferenceCell('maturity', 'container', 'adoption')).toBeUndefined();
  });
});
