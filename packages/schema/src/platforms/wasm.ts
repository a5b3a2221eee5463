import type { Platform } from '../platform.ts';

/** WebAssembly runtimes: the document's four (实现方案) plus the two the collector also meets. */
export const WASM_PLATFORMS: readonly Platform[] = [
  {
    id: 'wasmtime',
    paradigms: ['wasm'],
    displayName: 'Wasmtime',
    kind: 'runtime',
    description: { zh: '高性能WASM运行时', en: 'High-performance WASM runtime' },
    documented: true,
  },
  {
    id: 'wasmer',
    paradigms: ['wasm'],
    displayName: 'Wasmer',
    kind: 'runtime',
    description: { zh: '通用WASM运行时', en: 'General-purpose WASM runtime' },
    documented: true,
  },
  {
    id: 'wasm3',
    paradigms: ['wasm'],
    displayName: 'Wasm3',
    kind: 'runtime',
    description: { zh: '轻量级WASM解释器', en: 'Lightweight WASM interpreter' },
    documented: true,
  },
  {
    id: 'wasmcloud',
    paradigms: ['wasm'],
    displayName: 'wasmCloud',
    kind: 'orchestrator',
    description: { zh: 'WASM云原生平台', en: 'Cloud-native WASM platform' },
    documented: true,
  },
  {
    id: 'spin',
    paradigms: ['wasm'],
    displayName: 'Spin',
    kind: 'framework',
    documented: false,
  },
  {
    id: 'wasmedge',
    paradigms: ['wasm'],
    displayName: 'WasmEdge',
    kind: 'runtime',
    documented: false,
  },
];
