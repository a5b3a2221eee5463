import { levelCell, performanceCell, resourceCell, startupCell, textCell } from './cells.ts';
import type { ReferenceMatrix } from './matrix.ts';

export type ContainerVsWasmRow =
  'startup' | 'resource_use' | 'isolation' | 'ecosystem' | 'performance' | 'debugging';
export type ContainerVsWasmColumn = 'container' | 'wasm' | 'analysis';

/** 与容器对比 (WebAssembly基础): WebAssembly against the container baseline. */
export const CONTAINER_VS_WASM: ReferenceMatrix<ContainerVsWasmRow, ContainerVsWasmColumn> = {
  id: 'container_vs_wasm',
  titleZh: '与容器对比',
  titleEn: 'WebAssembly compared with containers',
  cornerZh: '特性',
  columns: [
    { id: 'container', zh: '容器', en: 'Containers', paradigm: 'container' },
    { id: 'wasm', zh: 'WebAssembly', en: 'WebAssembly', paradigm: 'wasm' },
    { id: 'analysis', zh: '优势分析', en: 'Advantage analysis' },
  ],
  rows: [
    {
      id: 'startup',
      zh: '启动时间',
      en: 'Startup time',
      cells: {
        container: startupCell('秒级'),
        wasm: startupCell('毫秒级'),
        analysis: textCell('WASM启动更快', 'WASM starts faster', true, {
          kind: 'comparison',
          aspect: 'startup',
          favours: 'wasm',
          over: 'container',
        }),
      },
    },
    {
      id: 'resource_use',
      zh: '资源占用',
      en: 'Resource use',
      cells: {
        container: resourceCell('较大'),
        wasm: resourceCell('很小'),
        analysis: textCell('WASM资源占用更少', 'WASM uses fewer resources', true, {
          kind: 'comparison',
          aspect: 'resource_use',
          favours: 'wasm',
          over: 'container',
        }),
      },
    },
    {
      id: 'isolation',
      zh: '隔离性',
      en: 'Isolation',
      cells: {
        container: textCell('命名空间', 'Namespaces'),
        wasm: textCell('沙箱', 'Sandbox'),
        analysis: textCell('隔离机制不同', 'Different isolation mechanisms'),
      },
    },
    {
      id: 'ecosystem',
      zh: '生态',
      en: 'Ecosystem',
      cells: {
        container: levelCell('ecosystem', '丰富'),
        wasm: levelCell('ecosystem', '新兴'),
        analysis: textCell('容器生态更成熟', 'The container ecosystem is more mature', false, {
          kind: 'comparison',
          aspect: 'ecosystem',
          favours: 'container',
          over: 'wasm',
        }),
      },
    },
    {
      id: 'performance',
      zh: '性能',
      en: 'Performance',
      cells: {
        container: performanceCell('好'),
        wasm: performanceCell('更好', 'container'),
        analysis: textCell('WASM性能更优', 'WASM performs better', true, {
          kind: 'comparison',
          aspect: 'performance',
          favours: 'wasm',
          over: 'container',
        }),
      },
    },
    {
      id: 'debugging',
      zh: '调试',
      en: 'Debugging',
      cells: {
        container: levelCell('debugging', '容易'),
        wasm: levelCell('debugging', '困难'),
        analysis: textCell('容器调试更简单', 'Containers are easier to debug', false, {
          kind: 'comparison',
          aspect: 'debugging',
          favours: 'container',
          over: 'wasm',
        }),
      },
    },
  ],
};
