import { describe, expect, it } from 'vitest';
import { parseMarkdownTable, toTable } from '../test-utils/markdown-table.ts';
import { CONTAINER_VS_WASM } from './container-vs-wasm.ts';

/** Copied verbatim from the source document, section 与容器对比. */
const DOCUMENT = `
| 特性 | 容器 | WebAssembly | 优势分析 |
|------|------|-------------|----------|
| 启动时间 | 秒级 | 毫秒级 | WASM启动更快 |
| 资源占用 | 较大 | 很小 | WASM资源占用更少 |
| 隔离性 | 命名空间 | 沙箱 | 隔离机制不同 |
| 生态 | 丰富 | 新兴 | 容器生态更成熟 |
| 性能 | 好 | 更好 | WASM性能更优 |
| 调试 | 容易 | 困难 | 容器调试更简单 |
`;

const cellsOf = (row: string) => {
  const found = CONTAINER_VS_WASM.rows.find((candidate) => candidate.id === row);
  if (found === undefined) throw new Error(`missing row ${row}`);

  return found.cells;
};

describe('CONTAINER_VS_WASM', () => {
  it('matches the document table cell by cell', () => {
    expect(toTable(CONTAINER_VS_WASM)).toEqual(parseMarkdownTable(DOCUMENT));
  });

  it('reads startup bands: containers in seconds, Wasm in milliseconds', () => {
    expect(cellsOf('startup').container.claim).toEqual({
      kind: 'startup_band',
      band: 'seconds',
      minSeconds: 1,
      maxSeconds: 60,
    });
    expect(cellsOf('startup').wasm.claim).toEqual({
      kind: 'startup_band',
      band: 'milliseconds',
      minSeconds: 0.001,
      maxSeconds: 1,
    });
  });

  it('ranks 较大 between 中等 and 大, above 很小', () => {
    expect(cellsOf('resource_use').container.claim).toEqual({
      kind: 'resource_level',
      level: 'fairly_large',
      rank: 3,
    });
    expect(cellsOf('resource_use').wasm.claim).toEqual({
      kind: 'resource_level',
      level: 'very_small',
      rank: 0,
    });
  });

  it('reads 更好 as a rating relative to containers', () => {
    expect(cellsOf('performance').wasm.claim).toEqual({
      kind: 'rating',
      scale: 'performance',
      level: 'better',
      rank: null,
      relativeTo: 'container',
    });
    expect(cellsOf('performance').analysis.claim).toMatchObject({ favours: 'wasm' });
  });

  it('marks only startup, resource and performance rows measurable', () => {
    const measurableRows = CONTAINER_VS_WASM.rows
      .filter((row) => Object.values(row.cells).some((cell) => cell.measurable))
      .map((row) => row.id);
    expect(measurableRows).toEqual(['startup', 'resource_use', 'performance']);
    expect(cellsOf('isolation').wasm).toEqual({ zh: '沙箱', en: 'Sandbox', measurable: false });
  });
});
