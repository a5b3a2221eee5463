import { between } from '../distributions.ts';
import type { EntityBase } from '../types.ts';
import { GIB, loadOf, MIB, podNameFrom, rngFor } from './common.ts';
import type { NodeEntity } from './nodes.ts';

/**
 * A pod reported through OTLP by a cluster's kubeletstats receiver: plain containers (the
 * baseline, shrinking over the timeline) and Kubeflow's own components.
 */
export type PodWorkload = EntityBase & {
  readonly kind: 'pod-workload';
  readonly node: string;
  readonly namespace: string;
  readonly deployment: string;
  readonly pod: string;
  readonly container: string;
  readonly cpuCores: number;
  readonly memoryBytes: number;
  /** `service.name` the receiver's resource detection reports. */
  readonly serviceName: string;
};

/** The plain workloads of the Kubernetes workers, as the OTel kubeletstats receiver sees them. */
export const createKubernetesWorkloads = (nodes: readonly NodeEntity[]): PodWorkload[] =>
  nodes
    .filter((node) => node.role === 'worker')
    .flatMap((node) =>
      node.pods.map((pod) => ({
        kind: 'pod-workload',
        id: `otel/${pod.id}`,
        name: pod.container,
        platform: 'kubernetes',
        paradigm: 'container',
        node: node.id,
        namespace: pod.namespace,
        deployment: pod.container,
        pod: pod.name,
        container: pod.container,
        cpuCores: pod.cpuCores,
        memoryBytes: pod.memoryBytes,
        serviceName: pod.container,
        appearsAt: pod.appearsAt,
        ...(pod.retiresAt === undefined ? {} : { retiresAt: pod.retiresAt }),
        restartEveryDays: 6,
        load: { ...node.load, baseRate: 40 },
        growth: { from: 1.1, to: 0.75 },
        errorRatio: 0.004,
      })),
    );

const KUBEFLOW: readonly (readonly [string, string, number])[] = [
  ['ml-pipeline', 'kubeflow-pipelines-api-server', 0],
  ['ml-pipeline-persistenceagent', 'kubeflow-pipelines-persistenceagent', 0],
  ['training-operator', 'kubeflow-training-operator', 0.3],
];

export const createKubeflow = (seed: number): PodWorkload[] =>
  KUBEFLOW.map(([deployment, serviceName, appearsAt]) => {
    const rng = rngFor(seed, `kubeflow/${deployment}`);

    return {
      kind: 'pod-workload',
      id: `kubeflow/${deployment}`,
      name: deployment,
      platform: 'kubeflow',
      paradigm: 'ai_ml',
      node: 'k8s-worker-02',
      namespace: 'kubeflow',
      deployment,
      pod: podNameFrom(rng, deployment),
      container: deployment,
      cpuCores: between(rng, 0.2, 1.5),
      memoryBytes: Math.round(between(rng, 0.3, 1.2) * GIB + 64 * MIB),
      serviceName,
      appearsAt,
      restartEveryDays: 10,
      load: loadOf(rng, { baseRate: 2, noise: 0.35, burstChance: 0.05 }),
      growth: { from: 0.5, to: 1.6 },
      errorRatio: 0.01,
    } satisfies PodWorkload;
  });
