import type { LabelCondition, RuleSet } from './types.ts';

/**
 * Node and container exporters found on every Kubernetes node, K3s/KubeEdge/OpenYurt edge
 * nodes included: cAdvisor (kubelet `/metrics/cadvisor`), kubelet `/metrics`, node_exporter.
 *
 * cAdvisor also reports the pod cgroup (`container=""`) and the pause container
 * (`container="POD"`); both would double the per-container totals and are skipped. CPU time
 * is either per core (`cpu="cpu00"`, …), or one `cpu="total"` series, or unlabelled (recent
 * kubelets): `preferTotal` keeps the total when present and sums otherwise.
 * @see https://github.com/google/cadvisor/blob/master/docs/storage/prometheus.md
 * @see https://kubernetes.io/docs/reference/instrumentation/metrics/
 */
const REAL_CONTAINERS: readonly LabelCondition[] = [
  { label: ['container', 'container_name'], notIn: ['', 'POD'] },
];

export const CADVISOR_RULES: RuleSet = {
  family: 'cadvisor',
  resource: {
    workload: ['container', 'container_name'],
    instance: ['pod', 'pod_name'],
    node: ['node', 'kubernetes_io_hostname', 'instance'],
  },
  rules: [
    {
      match: { metric: 'container_cpu_usage_seconds_total', where: REAL_CONTAINERS },
      kpi: 'cpu_seconds_total',
      shape: 'counter',
      preferTotal: { label: 'cpu', value: 'total' },
    },
    {
      match: { metric: 'container_memory_working_set_bytes', where: REAL_CONTAINERS },
      kpi: 'memory_bytes',
      shape: 'gauge',
    },
  ],
  // A new value means a new container instance; no KPI holds a start timestamp yet.
  proposed: [
    { match: { metric: 'container_start_time_seconds' }, proposedKpi: 'start_time_seconds' },
  ],
};

export const KUBELET_RULES: RuleSet = {
  family: 'kubelet',
  resource: { workload: ['container'], node: ['node', 'kubernetes_io_hostname', 'instance'] },
  rules: [
    // Pod start is the container paradigm's cold start.
    {
      match: { metric: 'kubelet_pod_start_duration_seconds' },
      kpi: 'startup_seconds',
      shape: 'histogram',
      constLabels: { cold: 'true' },
    },
    {
      match: { metric: 'kubelet_running_pods' },
      aliases: ['kubelet_running_pod_count'],
      kpi: 'instances',
      shape: 'gauge',
    },
    {
      match: { metric: 'prober_probe_total', where: [{ label: 'result', in: ['failed'] }] },
      kpi: 'errors_total',
      shape: 'counter',
      constLabels: { reason: 'probe_failed' },
    },
  ],
};

/** idle and iowait are time the CPU did not work; steal was taken by the hypervisor. */
const BUSY_MODES: readonly LabelCondition[] = [
  { label: 'mode', notIn: ['idle', 'iowait', 'steal'] },
];

export const NODE_EXPORTER_RULES: RuleSet = {
  family: 'node-exporter',
  resource: { node: ['nodename', 'node', 'kubernetes_io_hostname', 'instance'] },
  rules: [
    {
      match: { metric: 'node_cpu_seconds_total', where: BUSY_MODES },
      kpi: 'cpu_seconds_total',
      shape: 'counter',
    },
    {
      match: { metric: 'node_memory_MemTotal_bytes' },
      kpi: 'memory_bytes',
      shape: 'gauge',
      subtract: 'node_memory_MemAvailable_bytes',
    },
  ],
};
