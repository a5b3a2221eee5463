import { createPromNormalizer } from '../create-normalizers.ts';
import {
  CADVISOR_RULES,
  KUBELET_RULES,
  NODE_EXPORTER_RULES,
} from '../rules/cadvisor-kubelet-node.ts';

/**
 * cAdvisor, kubelet and node_exporter scrapes → container and node KPIs; on K3s, KubeEdge,
 * OpenYurt and SuperEdge nodes the platform becomes the edge distribution.
 */
export const toNodeKpis = createPromNormalizer([
  CADVISOR_RULES,
  KUBELET_RULES,
  NODE_EXPORTER_RULES,
]);
