import type { LevelZh } from './scales.ts';
import { levelCell, monthsCell, percentCell, textCell } from './cells.ts';
import type { EmergingParadigm } from './maturity.ts';
import type { Cell, ReferenceMatrix } from './matrix.ts';

export type InvestmentColumn =
  'priority' | 'investment_level' | 'expected_roi' | 'time_to_value' | 'rationale';

type Entry = {
  paradigm: EmergingParadigm;
  name: string;
  en: string;
  tier: LevelZh<'priority'>;
  level: LevelZh<'investment_level'>;
  roi: `${number}%`;
  time: `${number}个月`;
  rationale: [zh: string, en: string];
};

/** The priority cell holds the document's group key (high_priority …), the only text it has. */
const row = ({ paradigm, name, en, tier, level, roi, time, rationale }: Entry) => ({
  id: paradigm,
  zh: name,
  en,
  paradigm,
  cells: {
    priority: levelCell('priority', tier),
    investment_level: levelCell('investment_level', level),
    expected_roi: percentCell(roi, false),
    time_to_value: monthsCell(time),
    rationale: textCell(...rationale),
  } satisfies Record<InvestmentColumn, Cell>,
});

/** 投资优先级 (投资建议), rows in the document order: by tier, then as listed. */
export const INVESTMENT: ReferenceMatrix<EmergingParadigm, InvestmentColumn> = {
  id: 'investment',
  titleZh: '投资优先级',
  titleEn: 'Investment priority',
  columns: [
    { id: 'priority', zh: '优先级', en: 'Priority tier', sourceKey: 'investment_priority' },
    {
      id: 'investment_level',
      zh: '投资水平',
      en: 'Investment level',
      sourceKey: 'investment_level',
    },
    { id: 'expected_roi', zh: '预期回报率', en: 'Expected ROI', sourceKey: 'expected_roi' },
    { id: 'time_to_value', zh: '见效时间', en: 'Time to value', sourceKey: 'time_to_value' },
    { id: 'rationale', zh: '理由', en: 'Rationale', sourceKey: 'rationale' },
  ],
  rows: [
    row({
      paradigm: 'ai_ml',
      name: 'AI/ML容器',
      en: 'AI/ML containers',
      tier: 'high_priority',
      level: '高',
      roi: '300%',
      time: '6个月',
      rationale: ['AI/ML需求增长，技术成熟', 'Growing AI/ML demand; mature technology'],
    }),
    row({
      paradigm: 'edge',
      name: '边缘容器',
      en: 'Edge containers',
      tier: 'high_priority',
      level: '高',
      roi: '250%',
      time: '12个月',
      rationale: ['5G网络普及，IoT设备增长', '5G networks spreading; IoT devices growing'],
    }),
    row({
      paradigm: 'wasm',
      name: 'WebAssembly',
      en: 'WebAssembly',
      tier: 'high_priority',
      level: '中高',
      roi: '200%',
      time: '18个月',
      rationale: [
        '性能优势明显，生态快速发展',
        'Clear performance advantage; fast-growing ecosystem',
      ],
    }),
    row({
      paradigm: 'serverless',
      name: '无服务器容器',
      en: 'Serverless containers',
      tier: 'medium_priority',
      level: '中',
      roi: '150%',
      time: '12个月',
      rationale: ['技术成熟，应用场景明确', 'Mature technology; clear use cases'],
    }),
    row({
      paradigm: 'iot',
      name: 'IoT容器',
      en: 'IoT containers',
      tier: 'medium_priority',
      level: '中',
      roi: '120%',
      time: '18个月',
      rationale: ['IoT市场增长，技术需求增加', 'Growing IoT market; rising technical demand'],
    }),
    row({
      paradigm: 'blockchain',
      name: '区块链容器',
      en: 'Blockchain containers',
      tier: 'low_priority',
      level: '低',
      roi: '100%',
      time: '24个月',
      rationale: ['技术不成熟，应用场景有限', 'Immature technology; limited use cases'],
    }),
    row({
      paradigm: 'quantum',
      name: '量子计算容器',
      en: 'Quantum computing containers',
      tier: 'low_priority',
      level: '低',
      roi: '80%',
      time: '36个月',
      rationale: ['技术早期，投资风险高', 'Early-stage technology; high investment risk'],
    }),
  ],
};
