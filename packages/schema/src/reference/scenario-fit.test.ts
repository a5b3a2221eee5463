import { describe, expect, it } from 'vitest';
import { SCENARIO_FIT } from './scenario-fit.ts';

/** The document's 场景适用性 YAML, as [scenario, best_fit, good_fit, poor_fit]. */
const DOCUMENT: [string, string[], string[], string[]][] = [
  ['edge_computing', ['边缘容器', 'WebAssembly'], ['IoT容器'], ['量子计算容器']],
  [
    'serverless_computing',
    ['无服务器容器', 'WebAssembly'],
    ['边缘容器'],
    ['AI/ML容器', '量子计算容器'],
  ],
  ['machine_learning', ['AI/ML容器'], ['无服务器容器'], ['WebAssembly', '量子计算容器']],
  ['blockchain', ['区块链容器'], ['边缘容器'], ['WebAssembly', '量子计算容器']],
  ['iot_applications', ['IoT容器', '边缘容器'], ['WebAssembly'], ['量子计算容器']],
];

describe('SCENARIO_FIT', () => {
  it('matches the document lists, in order', () => {
    expect(
      SCENARIO_FIT.rows.map((row) => [
        row.sourceKey,
        row.cells.best_fit.zh.split('、'),
        row.cells.good_fit.zh.split('、'),
        row.cells.poor_fit.zh.split('、'),
      ]),
    ).toEqual(DOCUMENT);
  });

  it('reads each list as paradigms with a fit rank', () => {
    const edge = SCENARIO_FIT.rows[0];
    expect(edge?.cells.best_fit.claim).toEqual({
      kind: 'fit',
      fit: 'best',
      rank: 2,
      paradigms: ['edge', 'wasm'],
    });
    expect(edge?.cells.best_fit.en).toBe('Edge containers, WebAssembly');
    const serverless = SCENARIO_FIT.rows[1];
    expect(serverless?.cells.poor_fit.claim).toEqual({
      kind: 'fit',
      fit: 'poor',
      rank: 0,
      paradigms: ['ai_ml', 'quantum'],
    });
  });

  it('lists quantum as a poor fit for every scenario', () => {
    for (const row of SCENARIO_FIT.rows) {
      const claim = row.cells.poor_fit.claim;
      expect(claim?.kind === 'fit' && claim.paradigms.includes('quantum')).toBe(true);
    }
  });
});
