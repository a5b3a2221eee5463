import type { Platform } from '../platform.ts';

/**
 * Edge orchestrators. K3s, KubeEdge and OpenYurt are listed by the document both under edge
 * orchestration (边缘编排) and as IoT platforms (IoT容器平台), so they carry both paradigms.
 * Descriptions come from the IoT section, where the document gives each its own entry.
 */
export const EDGE_PLATFORMS: readonly Platform[] = [
  {
    id: 'k3s',
    paradigms: ['edge', 'iot'],
    displayName: 'K3s',
    kind: 'orchestrator',
    description: { zh: '轻量级Kubernetes', en: 'Lightweight Kubernetes' },
    documented: true,
  },
  {
    id: 'kubeedge',
    paradigms: ['edge', 'iot'],
    displayName: 'KubeEdge',
    kind: 'orchestrator',
    description: { zh: '边缘Kubernetes', en: 'Edge Kubernetes' },
    documented: true,
  },
  {
    id: 'openyurt',
    paradigms: ['edge', 'iot'],
    displayName: 'OpenYurt',
    kind: 'orchestrator',
    description: { zh: '边缘云原生', en: 'Edge cloud native' },
    documented: true,
  },
  {
    id: 'superedge',
    paradigms: ['edge'],
    displayName: 'SuperEdge',
    kind: 'orchestrator',
    description: { zh: '边缘容器平台', en: 'Edge container platform' },
    documented: true,
  },
];
