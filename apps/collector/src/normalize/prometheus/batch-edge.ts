import type { PromSample } from '../../decode/types.ts';
import { detectEdgeFromLabels } from '../detect-edge.ts';
import { readLabel } from '../labels.ts';

/**
 * Info series whose labels say which Kubernetes distribution the nodes run: version strings
 * (kubelet, kube-state-metrics `kube_node_info`, node_exporter) and node labels
 * (kube-state-metrics `kube_node_labels`, `label_<key>`).
 */
const EDGE_INFO_FAMILIES: ReadonlySet<string> = new Set([
  'kubernetes_build_info',
  'kube_node_info',
  'kube_node_labels',
  'node_uname_info',
]);

/** The node an info series describes: kube-state-metrics `node`, node_exporter `nodename`. */
const NODE_LABELS = ['node', 'nodename'];

/** Edge distributions the batch's info series name. */
export type BatchEdge = {
  byNode: ReadonlyMap<string, string>;
  /** The first one named, for series whose node no info series describes. */
  any: string | undefined;
};

/** One pass over the batch, only when a host exporter's series needs it. */
export const findBatchEdge = (samples: readonly PromSample[]): BatchEdge => {
  const byNode = new Map<string, string>();
  let any: string | undefined;
  for (const sample of samples) {
    // Remote-write has no family: the sample name stands for it.
    const family = sample.family === '' ? sample.name : sample.family;
    if (!EDGE_INFO_FAMILIES.has(family)) continue;
    const platform = detectEdgeFromLabels(sample.labels);
    if (platform === undefined) continue;
    any ??= platform;
    const node = readLabel(sample.labels, NODE_LABELS);
    if (node !== undefined && !byNode.has(node)) byNode.set(node, platform);
  }

  return { byNode, any };
};

export const findNodeEdge = (edge: BatchEdge, node: string | undefined): string | undefined =>
  (node === undefined ? undefined : edge.byNode.get(node)) ?? edge.any;
