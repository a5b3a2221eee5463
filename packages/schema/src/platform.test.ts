import { describe, expect, it } from 'vitest';
import { findPlatform, isPlatformId, PLATFORM_IDS, PLATFORMS, ZPlatform } from './platform.ts';

/** Every system the source document names, with the paradigm section it appears in. */
const DOCUMENTED: [id: string, paradigms: string[], zh: string | undefined][] = [
  ['wasmtime', ['wasm'], '高性能WASM运行时'],
  ['wasmer', ['wasm'], '通用WASM运行时'],
  ['wasm3', ['wasm'], '轻量级WASM解释器'],
  ['wasmcloud', ['wasm'], 'WASM云原生平台'],
  ['k3s', ['edge', 'iot'], '轻量级Kubernetes'],
  ['kubeedge', ['edge', 'iot'], '边缘Kubernetes'],
  ['openyurt', ['edge', 'iot'], '边缘云原生'],
  ['superedge', ['edge'], '边缘容器平台'],
  ['knative', ['serverless'], '基于Kubernetes的无服务器平台'],
  ['aws-fargate', ['serverless'], 'AWS托管的容器服务'],
  ['azure-container-instances', ['serverless'], 'Azure容器实例服务'],
  ['google-cloud-run', ['serverless'], 'Google Cloud Run服务'],
  ['kubeflow', ['ai_ml'], 'Kubernetes原生ML平台'],
  ['mlflow', ['ai_ml'], 'ML生命周期管理平台'],
  ['seldon', ['ai_ml'], 'ML模型部署平台'],
  ['tensorflow-serving', ['ai_ml'], 'TensorFlow模型服务'],
  ['hyperledger-fabric', ['blockchain'], '企业级区块链平台'],
  ['geth', ['blockchain'], '公链平台'],
  ['corda', ['blockchain'], '企业级分布式账本'],
  ['qiskit', ['quantum'], 'IBM量子计算平台'],
  ['cirq', ['quantum'], 'Google量子计算平台'],
  ['pennylane', ['quantum'], '量子机器学习平台'],
];

const COLLECTOR_SOURCES: [id: string, paradigm: string][] = [
  ['spin', 'wasm'],
  ['wasmedge', 'wasm'],
  ['aws-lambda', 'serverless'],
  ['nvidia-triton', 'ai_ml'],
  ['kserve', 'ai_ml'],
  ['vllm', 'ai_ml'],
  ['nvidia-dcgm-exporter', 'ai_ml'],
  ['amazon-braket', 'quantum'],
  ['kubelet-cadvisor', 'container'],
  ['node-exporter', 'container'],
  ['kubernetes', 'container'],
];

describe('PLATFORMS', () => {
  it.each(DOCUMENTED)('holds documented %s with its paradigms and text', (id, paradigms, zh) => {
    const platform = findPlatform(id);
    expect(platform?.paradigms).toEqual(paradigms);
    expect(platform?.documented).toBe(true);
    expect(platform?.description?.zh).toBe(zh);
  });

  it.each(COLLECTOR_SOURCES)('holds collector source %s under %s', (id, paradigm) => {
    expect(findPlatform(id)?.paradigms).toContain(paradigm);
  });

  it('marks only named systems as documented', () => {
    const documented = PLATFORMS.filter((p) => p.documented).map((p) => p.id);
    expect(documented.sort()).toEqual(
      [...DOCUMENTED.map(([id]) => id), 'parity', 'kubernetes'].sort(),
    );
    expect(findPlatform('aws-lambda')?.documented).toBe(false);
  });

  it('validates every entry and keeps ids unique', () => {
    for (const platform of PLATFORMS) expect(ZPlatform.parse(platform)).toEqual(platform);
    expect(new Set(PLATFORM_IDS).size).toBe(PLATFORMS.length);
  });

  it('gives an English rendering with every document description', () => {
    expect(findPlatform('wasmtime')?.description).toEqual({
      zh: '高性能WASM运行时',
      en: 'High-performance WASM runtime',
    });
  });

  it('answers unknown ids with undefined', () => {
    expect(findPlatform('docker-swarm')).toBeUndefined();
    expect(isPlatformId('k3s')).toBe(true);
    expect(isPlatformId('K3s')).toBe(false);
  });

  it('covers every paradigm with at least one platform', () => {
    const covered = new Set(PLATFORMS.flatMap((p) => p.paradigms));
    expect([...covered].sort()).toEqual(
      ['ai_ml', 'blockchain', 'container', 'edge', 'iot', 'quantum', 'serverless', 'wasm'].sort(),
    );
  });
});
