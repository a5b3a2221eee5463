import { percentCell, usdCell } from './cells.ts';
import type { EmergingParadigm } from './maturity.ts';
import type { ReferenceMatrix } from './matrix.ts';

export type MarketColumn = 'current' | 'year_2025' | 'year_2030' | 'growth_rate';

/**
 * 市场规模预测 (市场发展预测). The document dates neither "current" nor the growth rate's
 * period; growth_rate is kept as the stated yearly fraction, not recomputed.
 */
export const MARKET_SIZE: ReferenceMatrix<EmergingParadigm, MarketColumn> = {
  id: 'market_size',
  titleZh: '市场规模预测',
  titleEn: 'Market size forecast',
  columns: [
    { id: 'current', zh: '当前', en: 'Current', sourceKey: 'current' },
    { id: 'year_2025', zh: '2025年', en: '2025', sourceKey: 'year_2025' },
    { id: 'year_2030', zh: '2030年', en: '2030', sourceKey: 'year_2030' },
    { id: 'growth_rate', zh: '增长率', en: 'Growth rate', sourceKey: 'growth_rate' },
  ],
  rows: [
    {
      id: 'wasm',
      zh: 'WebAssembly',
      en: 'WebAssembly',
      sourceKey: 'webassembly',
      paradigm: 'wasm',
      cells: {
        current: usdCell('$100M'),
        year_2025: usdCell('$500M'),
        year_2030: usdCell('$2B'),
        growth_rate: percentCell('35%', false),
      },
    },
    {
      id: 'edge',
      zh: '边缘容器',
      en: 'Edge containers',
      sourceKey: 'edge_containers',
      paradigm: 'edge',
      cells: {
        current: usdCell('$1B'),
        year_2025: usdCell('$3B'),
        year_2030: usdCell('$8B'),
        growth_rate: percentCell('30%', false),
      },
    },
    {
      id: 'serverless',
      zh: '无服务器容器',
      en: 'Serverless containers',
      sourceKey: 'serverless_containers',
      paradigm: 'serverless',
      cells: {
        current: usdCell('$2B'),
        year_2025: usdCell('$5B'),
        year_2030: usdCell('$12B'),
        growth_rate: percentCell('25%', false),
      },
    },
    {
      id: 'ai_ml',
      zh: 'AI/ML容器',
      en: 'AI/ML containers',
      sourceKey: 'ai_ml_containers',
      paradigm: 'ai_ml',
      cells: {
        current: usdCell('$3B'),
        year_2025: usdCell('$8B'),
        year_2030: usdCell('$20B'),
        growth_rate: percentCell('28%', false),
      },
    },
    {
      id: 'blockchain',
      zh: '区块链容器',
      en: 'Blockchain containers',
      sourceKey: 'blockchain_containers',
      paradigm: 'blockchain',
      cells: {
        current: usdCell('$200M'),
        year_2025: usdCell('$800M'),
        year_2030: usdCell('$2B'),
        growth_rate: percentCell('32%', false),
      },
    },
    {
      id: 'iot',
      zh: 'IoT容器',
      en: 'IoT containers',
      sourceKey: 'iot_containers',
      paradigm: 'iot',
      cells: {
        current: usdCell('$500M'),
        year_2025: usdCell('$1.5B'),
        year_2030: usdCell('$4B'),
        growth_rate: percentCell('29%', false),
      },
    },
    {
      id: 'quantum',
      zh: '量子计算容器',
      en: 'Quantum computing containers',
      sourceKey: 'quantum_containers',
      paradigm: 'quantum',
      cells: {
        current: usdCell('$50M'),
        year_2025: usdCell('$200M'),
        year_2030: usdCell('$1B'),
        growth_rate: percentCell('40%', false),
      },
    },
  ],
};
