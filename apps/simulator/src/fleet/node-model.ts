import { startupEdges, startupFactorAt } from '../scenarios/effects.ts';
import type { FleetContext } from './context.ts';
import { derivedTotal } from './derived.ts';
import type { CumulativeHistogram } from './histogram.ts';
import { startupOf, toCumulativeHistogram } from './histogram.ts';
import type { NodeEntity, PodSpec } from './inventory/nodes.ts';
import { isActiveAt, lastStartAt } from './lifecycle.ts';
import { jitterAt, rateAt } from './load.ts';
import { segmentsBetween } from './segments.ts';
import type { EntityBase } from './types.ts';

/** System daemons (kubelet, containerd, kube-proxy, CNI) busy regardless of pods. */
const SYSTEM_CORES = 0.15;
const SYSTEM_MEMORY = 900 * 1024 * 1024;

/** A pod as an entity: its own lifecycle (it may appear or retire) and CPU as its load. */
export const podEntity = (node: NodeEntity, pod: PodSpec): EntityBase => ({
  ...node,
  id: pod.id,
  appearsAt: Math.max(node.appearsAt, pod.appearsAt),
  ...(pod.retiresAt === undefined ? {} : { retiresAt: pod.retiresAt }),
  restartEveryDays: 6,
  load: { ...node.load, baseRate: pod.cpuCores },
  cold: undefined,
});

export const activePods = (ctx: FleetContext, node: NodeEntity, t: number): PodSpec[] =>
  node.pods.filter((pod) => isActiveAt(ctx, podEntity(node, pod), t));

const nodeCores = (node: NodeEntity): number =>
  SYSTEM_CORES + node.pods.reduce((sum, pod) => sum + pod.cpuCores, 0) * 0.55;

/** CPU seconds the node has been busy since boot, all cores together. */
export const nodeBusySeconds = (ctx: FleetContext, node: NodeEntity, t: number): number =>
  derivedTotal(ctx, node, 'cpu', nodeCores(node), t);

export const nodeUptimeSeconds = (ctx: FleetContext, node: NodeEntity, t: number): number =>
  (t - lastStartAt(ctx, node, t)) / 1000;

/** Relative load of the node now (1 = its daily mean). */
export const nodeLoadFactor = (ctx: FleetContext, node: NodeEntity, t: number): number =>
  rateAt(ctx, node, t) / Math.max(node.load.baseRate, 1e-9);

export const podCpuSeconds = (ctx: FleetContext, node: NodeEntity, pod: PodSpec, t: number) =>
  derivedTotal(ctx, podEntity(node, pod), 'cpu', pod.cpuCores * 0.55, t);

export const podMemoryBytes = (ctx: FleetContext, node: NodeEntity, pod: PodSpec, t: number) =>
  Math.round(pod.memoryBytes * (0.75 + 0.25 * jitterAt(ctx, pod.id, 'memory', t, 0.12)));

export const podStartMs = (ctx: FleetContext, node: NodeEntity, pod: PodSpec, t: number) =>
  lastStartAt(ctx, podEntity(node, pod), t);

export const nodeMemoryUsedBytes = (ctx: FleetContext, node: NodeEntity, t: number): number => {
  const pods = activePods(ctx, node, t).reduce(
    (sum, pod) => sum + podMemoryBytes(ctx, node, pod, t),
    0,
  );

  return Math.min(node.memoryBytes * 0.97, SYSTEM_MEMORY + pods);
};

/** The platform a node's pod starts are reported under (a GPU node's model server). */
export const startupPlatformOf = (node: NodeEntity): string => node.hints.kubelet ?? node.platform;

/** Real kubelet buckets for kubelet_pod_start_duration_seconds. */
export const POD_START_BOUNDS = [
  0.5, 1, 2, 3, 4, 5, 6, 8, 10, 20, 30, 45, 60, 120, 180, 240, 300, 360, 480, 600, 900, 1200, 1800,
  2700, 3600,
];

/** Pod starts since the kubelet started, slowed where a cold-start regression holds. */
export const podStartHistogram = (
  ctx: FleetContext,
  node: NodeEntity,
  t: number,
): CumulativeHistogram => {
  const platform = startupPlatformOf(node);
  const segments = segmentsBetween(
    ctx,
    node,
    'requests',
    lastStartAt(ctx, node, t),
    t,
    startupEdges(ctx, platform),
    (at) => startupFactorAt(ctx, platform, at),
  );

  return toCumulativeHistogram(segments, startupOf(node.podStartup), POD_START_BOUNDS);
};
