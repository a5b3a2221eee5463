import type { Platform } from '../platform.ts';

/**
 * The plain-container baseline and the host exporters met on every node. kubelet/cAdvisor
 * and node_exporter also run on K3s, KubeEdge and OpenYurt nodes, hence edge and iot.
 */
export const CONTAINER_PLATFORMS: readonly Platform[] = [
  {
    id: 'kubernetes',
    paradigms: ['container'],
    displayName: 'Kubernetes',
    kind: 'orchestrator',
    documented: true,
  },
  {
    id: 'kubelet-cadvisor',
    paradigms: ['container', 'edge', 'iot'],
    displayName: 'kubelet / cAdvisor',
    kind: 'exporter',
    documented: false,
  },
  {
    id: 'node-exporter',
    paradigms: ['container', 'edge', 'iot'],
    displayName: 'Prometheus node_exporter',
    kind: 'exporter',
    documented: false,
  },
];
