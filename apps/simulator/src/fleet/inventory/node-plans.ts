import type { Distribution, NodeEntity } from './nodes.ts';

/** [deployment, namespace, appears at, retires at] as fractions of the timeline. */
type PodRow = readonly [string, string, number?, number?];

const EDGE_PODS: readonly PodRow[] = [
  ['edge-gateway', 'edge'],
  ['mqtt-bridge', 'edge'],
  ['video-analytics', 'vision'],
  ['telemetry-agent', 'monitoring'],
  ['local-cache', 'edge'],
];
const IOT_PODS: readonly PodRow[] = [
  ['modbus-adapter', 'iot'],
  ['opcua-collector', 'iot'],
  ['sensor-ingest', 'iot'],
  ['device-twin', 'iot'],
];
/** Plain containers: some are retired over the timeline as workloads move elsewhere. */
const WORKER_PODS: readonly PodRow[] = [
  ['checkout-api', 'shop'],
  ['cart-service', 'shop'],
  ['search-api', 'shop'],
  ['payments', 'shop', 0, 0.8],
  ['legacy-billing', 'billing', 0, 0.35],
  ['report-builder', 'billing', 0, 0.55],
  ['notification-worker', 'ops', 0, 0.7],
  ['session-store', 'shop'],
];

export type NodePlanRow = readonly [
  id: string,
  distribution: Distribution,
  role: NodeEntity['role'],
  transport: NodeEntity['transport'],
  arch: NodeEntity['arch'],
  appearsAt: number,
  cores: number,
  memoryGiB: number,
  pods: readonly PodRow[],
];

/**
 * Edge nodes on the four edge distributions (some of them IoT gateways, some pushing with
 * remote-write as KubeEdge-style edges do), and the plain Kubernetes workers of the baseline.
 */
export const NODE_PLANS: readonly NodePlanRow[] = [
  ['edge-k3s-01', 'k3s', 'edge', 'scrape', 'arm64', 0, 4, 8, EDGE_PODS],
  ['edge-k3s-02', 'k3s', 'edge', 'scrape', 'arm64', 0, 4, 8, EDGE_PODS.slice(0, 4)],
  ['edge-k3s-03', 'k3s', 'edge', 'scrape', 'amd64', 0.3, 8, 16, EDGE_PODS],
  ['iot-k3s-gw-01', 'k3s', 'iot', 'remote-write', 'arm64', 0, 4, 4, IOT_PODS],
  ['edge-kubeedge-01', 'kubeedge', 'edge', 'scrape', 'amd64', 0, 8, 16, EDGE_PODS],
  ['edge-kubeedge-02', 'kubeedge', 'edge', 'remote-write', 'arm64', 0.1, 4, 8, EDGE_PODS.slice(1)],
  ['iot-kubeedge-gw-01', 'kubeedge', 'iot', 'remote-write', 'arm64', 0, 2, 2, IOT_PODS.slice(0, 3)],
  ['iot-kubeedge-gw-02', 'kubeedge', 'iot', 'scrape', 'arm64', 0.2, 2, 4, IOT_PODS],
  ['edge-openyurt-01', 'openyurt', 'edge', 'scrape', 'amd64', 0, 8, 32, EDGE_PODS],
  ['iot-openyurt-gw-01', 'openyurt', 'iot', 'remote-write', 'arm64', 0.05, 4, 4, IOT_PODS],
  ['iot-openyurt-gw-02', 'openyurt', 'iot', 'scrape', 'arm64', 0.6, 4, 4, IOT_PODS.slice(1)],
  ['edge-superedge-01', 'superedge', 'edge', 'scrape', 'amd64', 0, 8, 16, EDGE_PODS.slice(0, 3)],
  ['edge-superedge-02', 'superedge', 'edge', 'scrape', 'amd64', 0.4, 4, 8, EDGE_PODS.slice(2)],
  ['k8s-worker-01', 'kubernetes', 'worker', 'scrape', 'amd64', 0, 16, 64, WORKER_PODS],
  ['k8s-worker-02', 'kubernetes', 'worker', 'scrape', 'amd64', 0, 16, 64, WORKER_PODS.slice(0, 6)],
];
