import { describe, expect, it } from 'vitest';
import { parseMarkdownTable, toTable } from '../test-utils/markdown-table.ts';
import { FEATURES } from './features.ts';

/** Copied verbatim from the source document, section 特点对比矩阵. */
const DOCUMENT = `
| 特性 | WebAssembly | 边缘容器 | 无服务器容器 | AI/ML容器 |
|------|-------------|----------|--------------|-----------|
| 启动时间 | 毫秒级 | 秒级 | 秒级 | 分钟级 |
| 资源占用 | 很小 | 小 | 中等 | 大 |
| 性能 | 很好 | 好 | 好 | 很好 |
| 生态 | 新兴 | 中等 | 丰富 | 丰富 |
| 学习曲线 | 陡峭 | 中等 | 平缓 | 陡峭 |
| 调试难度 | 困难 | 中等 | 中等 | 困难 |
`;

const rowCells = (id: string) => {
  const row = FEATURES.rows.find((candidate) => candidate.id === id);
  if (row === undefined) throw new Error(`missing row ${id}`);

  return row.cells;
};

describe('FEATURES', () => {
  it('matches the document table cell by cell', () => {
    expect(toTable(FEATURES)).toEqual(parseMarkdownTable(DOCUMENT));
  });

  it('reads AI/ML startup 分钟级 as an open-ended minutes band', () => {
    expect(rowCells('startup').ai_ml.claim).toEqual({
      kind: 'startup_band',
      band: 'minutes',
      minSeconds: 60,
      maxSeconds: null,
    });
    expect(rowCells('startup').serverless.claim).toMatchObject({ band: 'seconds' });
  });

  it('orders resource use 很小 < 小 < 中等 < 大', () => {
    const ranks = FEATURES.columns.map((column) => {
      const claim = rowCells('resource_use')[column.id].claim;

      return claim?.kind === 'resource_level' ? claim.rank : -1;
    });
    expect(ranks).toEqual([0, 1, 2, 4]);
  });

  it('rates 很好 above 好 and reads the reference-only rows as levels', () => {
    expect(rowCells('performance').wasm.claim).toMatchObject({ level: 'very_good', rank: 1 });
    expect(rowCells('performance').edge.claim).toMatchObject({ level: 'good', rank: 0 });
    expect(rowCells('learning_curve').serverless).toEqual({
      zh: '平缓',
      en: 'Gentle',
      measurable: false,
      claim: { kind: 'level', scale: 'learning_curve', level: 'gentle', rank: 0 },
    });
    expect(rowCells('debugging').ai_ml.claim).toMatchObject({ level: 'hard', rank: 2 });
  });
});
