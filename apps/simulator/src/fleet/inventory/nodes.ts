import { between } from '../distributions.ts';
import { startupFor } from '../startup.ts';
import type { EntityBase, StartupProfile } from '../types.ts';
import { GIB, loadOf, MIB, podNameFrom, rngFor, uuidFrom } from './common.ts';
import type { NodePlanRow } from './node-plans.ts';
import { NODE_PLANS } from './node-plans.ts';

export type Distribution = 'k3s' | 'kubeedge' | 'openyurt' | 'superedge' | 'kubernetes';
export type Exporter = 'node' | 'kubelet' | 'cadvisor';

/** A pod as cAdvisor and the kubelet see it. */
export type PodSpec = {
  readonly id: string;
  readonly uid: string;
  readonly name: string;
  readonly namespace: string;
  readonly container: string;
  readonly image: string;
  readonly cpuCores: number;
  readonly memoryBytes: number;
  readonly appearsAt: number;
  readonly retiresAt?: number;
};

/** A Kubernetes node (edge, IoT gateway, plain worker or GPU node) and its exporters. */
export type NodeEntity = EntityBase & {
  readonly kind: 'node';
  readonly distribution: Distribution;
  readonly role: 'edge' | 'iot' | 'worker' | 'gpu';
  /** scrape: the collector pulls; remote-write: the node pushes (KubeEdge-style edges). */
  readonly transport: 'scrape' | 'remote-write';
  readonly exporters: readonly Exporter[];
  /** Platform hint per exporter for the scrape config and the import URL. */
  readonly hints: Readonly<Partial<Record<Exporter, string>>>;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly arch: 'amd64' | 'arm64';
  readonly kubeletVersion: string;
  readonly osImage: string;
  readonly kernel: string;
  readonly pods: readonly PodSpec[];
  readonly podStartup: StartupProfile;
};

type PodRow = NodePlanRow[8][number];

const VERSIONS: Readonly<Record<Distribution, string>> = {
  k3s: 'v1.31.4+k3s1',
  kubeedge: 'v1.30.7-kubeedge-v1.20.0',
  openyurt: 'v1.30.8',
  superedge: 'v1.28.15',
  kubernetes: 'v1.31.5',
};

const hintsOf = (distribution: Distribution): NodeEntity['hints'] =>
  distribution === 'kubernetes'
    ? { node: 'node-exporter', kubelet: 'kubelet-cadvisor', cadvisor: 'kubelet-cadvisor' }
    : { node: distribution, kubelet: distribution, cadvisor: distribution };

export const createPods = (
  seed: number,
  nodeId: string,
  pods: readonly PodRow[],
  image: (name: string) => string,
): PodSpec[] =>
  pods.map(([deployment, namespace, appearsAt = 0, retiresAt]) => {
    const rng = rngFor(seed, `${nodeId}/${deployment}`);

    return {
      id: `${nodeId}/${deployment}`,
      uid: uuidFrom(rng),
      name: podNameFrom(rng, deployment),
      namespace,
      container: deployment,
      image: image(deployment),
      cpuCores: between(rng, 0.05, 0.8),
      memoryBytes: Math.round(between(rng, 40, 700) * MIB),
      appearsAt,
      ...(retiresAt === undefined ? {} : { retiresAt }),
    };
  });

export const createNodes = (seed: number): NodeEntity[] =>
  NODE_PLANS.map(([id, distribution, role, transport, arch, appearsAt, cores, memoryGiB, pods]) => {
    const rng = rngFor(seed, id);
    const isEdge = distribution !== 'kubernetes';

    return {
      kind: 'node',
      id,
      name: id,
      platform: distribution,
      paradigm: role === 'iot' ? 'iot' : isEdge ? 'edge' : 'container',
      distribution,
      role,
      transport,
      exporters: ['node', 'kubelet', 'cadvisor'],
      hints: hintsOf(distribution),
      appearsAt,
      restartEveryDays: isEdge ? 21 : 30,
      // The node's request stream counts pod starts: a few per hour, more by day.
      load: loadOf(rng, { baseRate: between(rng, 0.4, 2.5) / 3600, noise: 0.3, burstChance: 0.02 }),
      growth: role === 'worker' ? { from: 1.2, to: 0.7 } : { from: 0.8, to: 1.2 },
      errorRatio: 0.004,
      cores,
      memoryBytes: memoryGiB * GIB,
      arch,
      kubeletVersion: VERSIONS[distribution],
      osImage: isEdge ? 'Ubuntu 22.04.5 LTS' : 'Ubuntu 24.04.1 LTS',
      kernel: arch === 'arm64' ? '6.8.0-1018-raspi' : '6.8.0-51-generic',
      pods: createPods(
        seed,
        id,
        pods,
        (name) => `registry.acme.io/${name}:1.${Math.floor(rng() * 20)}.0`,
      ),
      podStartup: startupFor(distribution),
    };
  });
