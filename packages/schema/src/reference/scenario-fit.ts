import type { Paradigm } from '../paradigm.ts';
import { findParadigmByZh } from '../paradigm.ts';
import type { Cell, ReferenceMatrix } from './matrix.ts';

export type ScenarioRow =
  | 'edge_computing'
  | 'serverless_computing'
  | 'machine_learning'
  | 'blockchain'
  | 'iot_applications';
export type FitColumn = 'best_fit' | 'good_fit' | 'poor_fit';

const FIT = {
  best_fit: { fit: 'best', rank: 2 },
  good_fit: { fit: 'good', rank: 1 },
  poor_fit: { fit: 'poor', rank: 0 },
} as const;

/**
 * The document writes each fit as a YAML list of paradigm names, e.g. ["边缘容器",
 * "WebAssembly"]; the cell text joins them with 、 in the document order.
 */
const fitCell = (column: FitColumn, names: readonly string[]): Cell => {
  const infos = names.map((name) => {
    const info = findParadigmByZh(name);
    if (info === undefined) throw new Error(`Unknown paradigm name in scenario fit: ${name}`);

    return info;
  });
  const paradigms: Paradigm[] = infos.map((info) => info.id);

  return {
    zh: names.join('、'),
    en: infos.map((info) => info.name).join(', '),
    measurable: false,
    claim: { kind: 'fit', ...FIT[column], paradigms },
  };
};

const fits = (best: string[], good: string[], poor: string[]): Record<FitColumn, Cell> => ({
  best_fit: fitCell('best_fit', best),
  good_fit: fitCell('good_fit', good),
  poor_fit: fitCell('poor_fit', poor),
});

/** 场景适用性 (应用场景对比): which paradigms fit which scenario. */
export const SCENARIO_FIT: ReferenceMatrix<ScenarioRow, FitColumn> = {
  id: 'scenario_fit',
  titleZh: '场景适用性',
  titleEn: 'Scenario fit',
  columns: [
    { id: 'best_fit', zh: '最适合', en: 'Best fit', sourceKey: 'best_fit' },
    { id: 'good_fit', zh: '适合', en: 'Good fit', sourceKey: 'good_fit' },
    { id: 'poor_fit', zh: '不适合', en: 'Poor fit', sourceKey: 'poor_fit' },
  ],
  rows: [
    {
      id: 'edge_computing',
      zh: '边缘计算',
      en: 'Edge computing',
      sourceKey: 'edge_computing',
      cells: fits(['边缘容器', 'WebAssembly'], ['IoT容器'], ['量子计算容器']),
    },
    {
      id: 'serverless_computing',
      zh: '无服务器计算',
      en: 'Serverless computing',
      sourceKey: 'serverless_computing',
      cells: fits(['无服务器容器', 'WebAssembly'], ['边缘容器'], ['AI/ML容器', '量子计算容器']),
    },
    {
      id: 'machine_learning',
      zh: '机器学习',
      en: 'Machine learning',
      sourceKey: 'machine_learning',
      cells: fits(['AI/ML容器'], ['无服务器容器'], ['WebAssembly', '量子计算容器']),
    },
    {
      id: 'blockchain',
      zh: '区块链',
      en: 'Blockchain',
      sourceKey: 'blockchain',
      cells: fits(['区块链容器'], ['边缘容器'], ['WebAssembly', '量子计算容器']),
    },
    {
      id: 'iot_applications',
      zh: 'IoT应用',
      en: 'IoT applications',
      sourceKey: 'iot_applications',
      cells: fits(['IoT容器', '边缘容器'], ['WebAssembly'], ['量子计算容器']),
    },
  ],
};
