import { describe, expect, it } from 'vitest';
import { MARKET_SIZE } from './market-size.ts';

/** The document's 市场规模预测, as [YAML key, current, 2025, 2030, growth rate]. */
const DOCUMENT: [string, string, string, string, string][] = [
  ['webassembly', '$100M', '$500M', '$2B', '35%'],
  ['edge_containers', '$1B', '$3B', '$8B', '30%'],
  ['serverless_containers', '$2B', '$5B', '$12B', '25%'],
  ['ai_ml_containers', '$3B', '$8B', '$20B', '28%'],
  ['blockchain_containers', '$200M', '$800M', '$2B', '32%'],
  ['iot_containers', '$500M', '$1.5B', '$4B', '29%'],
  ['quantum_containers', '$50M', '$200M', '$1B', '40%'],
];

/** The same figures as numbers: USD and yearly growth as a fraction. */
const NUMBERS: [string, number, number, number, number][] = [
  ['wasm', 1e8, 5e8, 2e9, 0.35],
  ['edge', 1e9, 3e9, 8e9, 0.3],
  ['serverless', 2e9, 5e9, 12e9, 0.25],
  ['ai_ml', 3e9, 8e9, 20e9, 0.28],
  ['blockchain', 2e8, 8e8, 2e9, 0.32],
  ['iot', 5e8, 1.5e9, 4e9, 0.29],
  ['quantum', 5e7, 2e8, 1e9, 0.4],
];

describe('MARKET_SIZE', () => {
  it('keeps the document text of every cell', () => {
    expect(
      MARKET_SIZE.rows.map((row) => [
        row.sourceKey,
        ...MARKET_SIZE.columns.map((column) => row.cells[column.id].zh),
      ]),
    ).toEqual(DOCUMENT);
  });

  it('reads every figure as a number', () => {
    expect(
      MARKET_SIZE.rows.map((row) => [
        row.id,
        ...MARKET_SIZE.columns.map((column) => {
          const claim = row.cells[column.id].claim;

          return claim?.kind === 'usd' || claim?.kind === 'fraction' ? claim.value : NaN;
        }),
      ]),
    ).toEqual(NUMBERS);
  });

  it('spot-checks $1.5B and the quantum growth rate', () => {
    const iot = MARKET_SIZE.rows.find((row) => row.id === 'iot');
    expect(iot?.cells.year_2025.claim).toEqual({ kind: 'usd', value: 1.5e9 });
    const quantum = MARKET_SIZE.rows.find((row) => row.id === 'quantum');
    expect(quantum?.cells.growth_rate.claim).toEqual({ kind: 'fraction', value: 0.4 });
    expect(quantum?.cells.growth_rate.measurable).toBe(false);
  });
});
