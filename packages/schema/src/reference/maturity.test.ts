import { describe, expect, it } from 'vitest';
import { parseMarkdownTable, toTable } from '../test-utils/markdown-table.ts';
import { MATURITY } from './maturity.ts';

/** Copied verbatim from the source document, section 成熟度矩阵. */
const DOCUMENT = `
| 技术 | 成熟度 | 采用率 | 生态 | 投资热度 | 发展前景 |
|------|--------|--------|------|----------|----------|
| WebAssembly | 萌芽 | 10% | 新兴 | 高 | 很好 |
| 边缘容器 | 复苏 | 30% | 中等 | 高 | 很好 |
| 无服务器容器 | 复苏 | 40% | 丰富 | 中 | 好 |
| AI/ML容器 | 成熟 | 60% | 丰富 | 高 | 很好 |
| 区块链容器 | 萌芽 | 20% | 新兴 | 中 | 中等 |
| IoT容器 | 复苏 | 35% | 中等 | 中 | 好 |
| 量子计算容器 | 萌芽 | 5% | 新兴 | 低 | 不确定 |
`;

const claimsIn = (column: 'maturity' | 'adoption' | 'outlook') =>
  Object.fromEntries(MATURITY.rows.map((row) => [row.id, row.cells[column].claim]));

describe('MATURITY', () => {
  it('matches the document table cell by cell', () => {
    expect(toTable(MATURITY)).toEqual(parseMarkdownTable(DOCUMENT));
  });

  it('reads every adoption rate as a fraction', () => {
    const values = Object.values(claimsIn('adoption')).map((claim) =>
      claim?.kind === 'fraction' ? claim.value : undefined,
    );
    expect(values).toEqual([0.1, 0.3, 0.4, 0.6, 0.2, 0.35, 0.05]);
    expect(claimsIn('adoption').wasm).toEqual({ kind: 'fraction', value: 0.1 });
  });

  it('reads maturity stages with ranks', () => {
    expect(claimsIn('maturity').wasm).toEqual({
      kind: 'maturity_stage',
      stage: 'emerging',
      rank: 0,
    });
    expect(claimsIn('maturity').edge).toEqual({
      kind: 'maturity_stage',
      stage: 'recovering',
      rank: 1,
    });
    expect(claimsIn('maturity').ai_ml).toEqual({
      kind: 'maturity_stage',
      stage: 'mature',
      rank: 2,
    });
  });

  it('ranks the outlook from 不确定 to 很好', () => {
    expect(claimsIn('outlook').quantum).toMatchObject({ level: 'uncertain', rank: 0 });
    expect(claimsIn('outlook').blockchain).toMatchObject({ level: 'moderate', rank: 1 });
    expect(claimsIn('outlook').iot).toMatchObject({ level: 'good', rank: 2 });
    expect(claimsIn('outlook').wasm).toMatchObject({ level: 'very_good', rank: 3 });
  });

  it('ties every row to its paradigm and only stage and adoption are measurable', () => {
    for (const row of MATURITY.rows) {
      expect(row.paradigm).toBe(row.id);
      const measurable = Object.entries(row.cells)
        .filter(([, cell]) => cell.measurable)
        .map(([column]) => column);
      expect(measurable).toEqual(['maturity', 'adoption']);
    }
  });
});
