import { describe, expect, it } from 'vitest';
import * as schema from './index.ts';

describe('package barrel', () => {
  it('exports the vocabulary other packages build on', () => {
    const names = [
      'ZParadigm',
      'PARADIGMS',
      'ZPlatform',
      'PLATFORMS',
      'PLATFORM_IDS',
      'findPlatform',
      'ZKpiName',
      'KPIS',
      'KPI_NAMES',
      'findKpi',
      'ZResource',
      'ZKpiSample',
      'ZHistogramPoint',
      'ZSummaryPoint',
      'ZEvent',
      'ZClaim',
      'REFERENCE',
      'listReferenceCells',
    ];
    for (const name of names) expect(schema).toHaveProperty(name);
  });

  it('lists every reference matrix in document order', () => {
    expect(Object.keys(schema.REFERENCE)).toEqual([
      'container_vs_wasm',
      'maturity',
      'features',
      'scenario_fit',
      'market_size',
      'investment',
    ]);
  });
});
