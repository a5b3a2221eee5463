import type { Paradigm } from '../paradigm.ts';
import { levelCell, percentCell, stageCell } from './cells.ts';
import type { ReferenceMatrix } from './matrix.ts';

export type EmergingParadigm = Exclude<Paradigm, 'container'>;
export type MaturityColumn = 'maturity' | 'adoption' | 'ecosystem' | 'investment_heat' | 'outlook';

/** 成熟度矩阵 (技术成熟度对比): one row per emerging paradigm. */
export const MATURITY: ReferenceMatrix<EmergingParadigm, MaturityColumn> = {
  id: 'maturity',
  titleZh: '成熟度矩阵',
  titleEn: 'Maturity matrix',
  cornerZh: '技术',
  columns: [
    { id: 'maturity', zh: '成熟度', en: 'Maturity stage' },
    { id: 'adoption', zh: '采用率', en: 'Adoption rate' },
    { id: 'ecosystem', zh: '生态', en: 'Ecosystem' },
    { id: 'investment_heat', zh: '投资热度', en: 'Investment interest' },
    { id: 'outlook', zh: '发展前景', en: 'Outlook' },
  ],
  rows: [
    {
      id: 'wasm',
      zh: 'WebAssembly',
      en: 'WebAssembly',
      paradigm: 'wasm',
      cells: {
        maturity: stageCell('萌芽'),
        adoption: percentCell('10%', true),
        ecosystem: levelCell('ecosystem', '新兴'),
        investment_heat: levelCell('investment_heat', '高'),
        outlook: levelCell('outlook', '很好'),
      },
    },
    {
      id: 'edge',
      zh: '边缘容器',
      en: 'Edge containers',
      paradigm: 'edge',
      cells: {
        maturity: stageCell('复苏'),
        adoption: percentCell('30%', true),
        ecosystem: levelCell('ecosystem', '中等'),
        investment_heat: levelCell('investment_heat', '高'),
        outlook: levelCell('outlook', '很好'),
      },
    },
    {
      id: 'serverless',
      zh: '无服务器容器',
      en: 'Serverless containers',
      paradigm: 'serverless',
      cells: {
        maturity: stageCell('复苏'),
        adoption: percentCell('40%', true),
        ecosystem: levelCell('ecosystem', '丰富'),
        investment_heat: levelCell('investment_heat', '中'),
        outlook: levelCell('outlook', '好'),
      },
    },
    {
      id: 'ai_ml',
      zh: 'AI/ML容器',
      en: 'AI/ML containers',
      paradigm: 'ai_ml',
      cells: {
        maturity: stageCell('成熟'),
        adoption: percentCell('60%', true),
        ecosystem: levelCell('ecosystem', '丰富'),
        investment_heat: levelCell('investment_heat', '高'),
        outlook: levelCell('outlook', '很好'),
      },
    },
    {
      id: 'blockchain',
      zh: '区块链容器',
      en: 'Blockchain containers',
      paradigm: 'blockchain',
      cells: {
        maturity: stageCell('萌芽'),
        adoption: percentCell('20%', true),
        ecosystem: levelCell('ecosystem', '新兴'),
        investment_heat: levelCell('investment_heat', '中'),
        outlook: levelCell('outlook', '中等'),
      },
    },
    {
      id: 'iot',
      zh: 'IoT容器',
      en: 'IoT containers',
      paradigm: 'iot',
      cells: {
        maturity: stageCell('复苏'),
        adoption: percentCell('35%', true),
        ecosystem: levelCell('ecosystem', '中等'),
        investment_heat: levelCell('investment_heat', '中'),
        outlook: levelCell('outlook', '好'),
      },
    },
    {
      id: 'quantum',
      zh: '量子计算容器',
      en: 'Quantum computing containers',
      paradigm: 'quantum',
      cells: {
        maturity: stageCell('萌芽'),
        adoption: percentCell('5%', true),
        ecosystem: levelCell('ecosystem', '新兴'),
        investment_heat: levelCell('investment_heat', '低'),
        outlook: levelCell('outlook', '不确定'),
      },
    },
  ],
};
