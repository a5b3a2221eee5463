import { describe, expect, it } from 'vitest';

import type { OtlpMetricsRequest } from '../../decode/types.ts';
import { createContext } from '../test-utils/context.ts';
import { readSamples } from '../test-utils/find.ts';
import {
  createCounter,
  createGauge,
  createMetricsRequest,
  createNumberPoint,
  createUpDownCounter,
} from '../test-utils/otlp-fixture.ts';
import { toOtelK8sContainerProcessKpis } from './to-otel-k8s-container-process.ts';

describe('toOtelK8sContainerProcessKpis', () => {
  it('reads kubeletstats pod metrics on a KubeEdge node as edge resources', () => {
    const request = createMetricsRequest(
      {
        'k8s.namespace.name': 'factory',
        'k8s.pod.name': 'plc-reader-5f7c',
        'k8s.node.name': 'edge-gw-3',
        'k8s.deployment.name': 'plc-reader',
        'k8s.node.label.node-role.kubernetes.io/edge': '',
      },
      [
        createCounter('k8s.pod.cpu.time', 's', [createNumberPoint(431.25)]),
        createGauge('k8s.pod.memory.working_set', 'By', [createNumberPoint(73_400_320n)]),
      ],
    );
    const batch = toOtelK8sContainerProcessKpis(request, createContext({ source: 'otlp' }));
    expect(readSamples(batch, 'cpu_seconds_total')).toEqual([{ labels: {}, value: 431.25 }]);
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 73_400_320 }]);
    expect(batch.samples[0]?.resource).toMatchObject({
      paradigm: 'edge',
      platform: 'kubeedge',
      namespace: 'factory',
      node: 'edge-gw-3',
      workload: 'plc-reader',
      instance: 'plc-reader-5f7c',
    });
  });

  it('keeps a pod and its containers apart: a container is its own instance', () => {
    const pod = {
      'k8s.namespace.name': 'shop',
      'k8s.pod.name': 'checkout-5c4b',
      'k8s.deployment.name': 'checkout',
      'k8s.node.name': 'worker-2',
    };
    const request: OtlpMetricsRequest = {
      resourceMetrics: [
        ...createMetricsRequest(pod, [
          createGauge('k8s.pod.memory.working_set', 'By', [createNumberPoint(150n)]),
        ]).resourceMetrics,
        ...createMetricsRequest({ ...pod, 'k8s.container.name': 'checkout' }, [
          createUpDownCounter('container.memory.usage', 'By', [createNumberPoint(140n)]),
        ]).resourceMetrics,
      ],
    };
    const batch = toOtelK8sContainerProcessKpis(request, createContext({ source: 'otlp' }));
    expect(
      batch.samples.map(({ resource, value }) => ({ instance: resource.instance, value })),
    ).toEqual([
      { instance: 'checkout-5c4b', value: 150 },
      { instance: 'checkout-5c4b/checkout', value: 140 },
    ]);
    expect(batch.samples[1]?.resource).toMatchObject({
      workload: 'checkout',
      attributes: { 'k8s.container.name': 'checkout' },
    });
  });

  it('sums process CPU time over cpu.mode and reads a wasmtime host by its executable', () => {
    const request = createMetricsRequest(
      {
        'service.name': 'edge-functions',
        'process.executable.name': 'wasmtime',
        'host.name': 'pi-4',
      },
      [
        createCounter('process.cpu.time', 's', [
          createNumberPoint(12.5, { 'cpu.mode': 'user' }),
          createNumberPoint(3.25, { 'cpu.mode': 'system' }),
        ]),
        createUpDownCounter('process.memory.usage', 'By', [createNumberPoint(41_943_040n)]),
      ],
    );
    const batch = toOtelK8sContainerProcessKpis(request, createContext({ source: 'otlp' }));
    expect(readSamples(batch, 'cpu_seconds_total')).toEqual([{ labels: {}, value: 15.75 }]);
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 41_943_040 }]);
    expect(batch.samples[0]?.resource).toMatchObject({
      paradigm: 'wasm',
      platform: 'wasmtime',
      node: 'pi-4',
      workload: 'edge-functions',
    });
  });
});
