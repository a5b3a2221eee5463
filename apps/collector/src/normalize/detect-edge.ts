/**
 * Tells K3s, KubeEdge, OpenYurt and SuperEdge nodes from plain Kubernetes ones by what each
 * distribution writes on its nodes. Heuristics, in order:
 * - node labels each project sets on the nodes it manages: KubeEdge
 *   `node-role.kubernetes.io/edge`, OpenYurt `openyurt.io/is-edge-worker=true`, SuperEdge
 *   `superedge.io/edge-node=enable`, K3s `node.kubernetes.io/instance-type=k3s`;
 * - version strings: K3s builds are `v1.30.2+k3s2`, KubeEdge's edged reports a kubelet
 *   version such as `v1.29.5-kubeedge-v1.19.0`.
 * Labels reach Prometheus through relabeling (`node_role_kubernetes_io_edge`) or
 * kube-state-metrics (`label_…`), and OTLP through `k8s.node.label.<key>`.
 * @see https://kubeedge.io/docs/setup/install-with-keadm/
 * @see https://openyurt.io/docs/user-manuals/node-management/edge-node-autonomy/
 * @see https://github.com/superedge/superedge/blob/main/docs/installation/install_edge_kubernetes.md
 */
type EdgeLabel = { key: string; ksmKey: string; values?: readonly string[]; platform: string };

/** Kubernetes label keys in the underscore form Prometheus label names take. */
const EDGE_LABELS: readonly EdgeLabel[] = [
  { key: 'node_role_kubernetes_io_edge', platform: 'kubeedge' },
  { key: 'openyurt_io_is_edge_worker', values: ['true'], platform: 'openyurt' },
  { key: 'superedge_io_edge_node', values: ['enable'], platform: 'superedge' },
  { key: 'node_kubernetes_io_instance_type', values: ['k3s'], platform: 'k3s' },
].map((edge) => ({ ...edge, ksmKey: `label_${edge.key}` }));

/** Labels of info series that carry a kubelet or Kubernetes version string. */
const VERSION_LABELS = ['git_version', 'kubelet_version', 'kernel_version', 'os_image', 'version'];

const matchEdgeLabel = (edge: EdgeLabel, value: string | undefined): boolean =>
  value !== undefined && (edge.values === undefined || edge.values.includes(value));

export const detectEdgeFromVersion = (version: string): string | undefined => {
  if (/\+k3s\d*/.test(version)) return 'k3s';
  if (version.includes('kubeedge')) return 'kubeedge';

  return undefined;
};

/** From Prometheus labels of one series (relabeled node labels or kube-state-metrics). */
export const detectEdgeFromLabels = (labels: Record<string, string>): string | undefined => {
  for (const edge of EDGE_LABELS) {
    if (matchEdgeLabel(edge, labels[edge.key] ?? labels[edge.ksmKey])) {
      return edge.platform;
    }
  }
  for (const key of VERSION_LABELS) {
    const value = labels[key];
    const platform = value === undefined ? undefined : detectEdgeFromVersion(value);
    if (platform) return platform;
  }

  return undefined;
};

const toLabelName = (key: string): string => key.replace(/[^a-zA-Z0-9_]/g, '_');

/** From OTLP resource attributes: `k8s.node.label.<kubernetes label key>`. */
export const detectEdgeFromAttributes = (
  attributes: Record<string, string>,
  nodeLabelPrefix: string,
): string | undefined => {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith(nodeLabelPrefix))
      labels[toLabelName(key.slice(nodeLabelPrefix.length))] = value;
  }

  return detectEdgeFromLabels(labels);
};
