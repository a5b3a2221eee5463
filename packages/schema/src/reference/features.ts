import { levelCell, performanceCell, resourceCell, startupCell } from './cells.ts';
import type { ReferenceMatrix } from './matrix.ts';

export type FeaturesRow =
  'startup' | 'resource_use' | 'performance' | 'ecosystem' | 'learning_curve' | 'debugging';
export type FeaturesColumn = 'wasm' | 'edge' | 'serverless' | 'ai_ml';

/** 特点对比矩阵 (技术特点对比): the document compares only these four paradigms here. */
export const FEATURES: ReferenceMatrix<FeaturesRow, FeaturesColumn> = {
  id: 'features',
  titleZh: '特点对比矩阵',
  titleEn: 'Feature comparison matrix',
  cornerZh: '特性',
  columns: [
    { id: 'wasm', zh: 'WebAssembly', en: 'WebAssembly', paradigm: 'wasm' },
    { id: 'edge', zh: '边缘容器', en: 'Edge containers', paradigm: 'edge' },
    { id: 'serverless', zh: '无服务器容器', en: 'Serverless containers', paradigm: 'serverless' },
    { id: 'ai_ml', zh: 'AI/ML容器', en: 'AI/ML containers', paradigm: 'ai_ml' },
  ],
  rows: [
    {
      id: 'startup',
      zh: '启动时间',
      en: 'Startup time',
      cells: {
        wasm: startupCell('毫秒级'),
        edge: startupCell('秒级'),
        serverless: startupCell('秒级'),
        ai_ml: startupCell('分钟级'),
      },
    },
    {
      id: 'resource_use',
      zh: '资源占用',
      en: 'Resource use',
      cells: {
        wasm: resourceCell('很小'),
        edge: resourceCell('小'),
        serverless: resourceCell('中等'),
        ai_ml: resourceCell('大'),
      },
    },
    {
      id: 'performance',
      zh: '性能',
      en: 'Performance',
      cells: {
        wasm: performanceCell('很好'),
        edge: performanceCell('好'),
        serverless: performanceCell('好'),
        ai_ml: performanceCell('很好'),
      },
    },
    {
      id: 'ecosystem',
      zh: '生态',
      en: 'Ecosystem',
      cells: {
        wasm: levelCell('ecosystem', '新兴'),
        edge: levelCell('ecosystem', '中等'),
        serverless: levelCell('ecosystem', '丰富'),
        ai_ml: levelCell('ecosystem', '丰富'),
      },
    },
    {
      id: 'learning_curve',
      zh: '学习曲线',
      en: 'Learning curve',
      cells: {
        wasm: levelCell('learning_curve', '陡峭'),
        edge: levelCell('learning_curve', '中等'),
        serverless: levelCell('learning_curve', '平缓'),
        ai_ml: levelCell('learning_curve', '陡峭'),
      },
    },
    {
      id: 'debugging',
      zh: '调试难度',
      en: 'Debugging difficulty',
      cells: {
        wasm: levelCell('debugging', '困难'),
        edge: levelCell('debugging', '中等'),
        serverless: levelCell('debugging', '中等'),
        ai_ml: levelCell('debugging', '困难'),
      },
    },
  ],
};
