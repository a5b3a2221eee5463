import type { FleetContext } from '../../fleet/context.ts';
import { countBetween } from '../../fleet/counters.ts';
import type { NodeEntity } from '../../fleet/inventory/nodes.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import { activePods, podEntity, podStartHistogram, podStartMs } from '../../fleet/node-model.ts';
import { writeHistogram } from './families.ts';
import { formatGo } from './format.ts';
import { createTextWriter } from './text.ts';

/** kube-proxy, the CNI agent and the node-local DNS cache run on every node. */
const SYSTEM_PODS = 3;
const PROBE_PERIOD_S = 10;

/**
 * kubelet `/metrics` (component-base metrics, `[ALPHA]` in HELP) plus the probe counters of
 * `/metrics/probes`. `kubernetes_build_info` carries the version string that gives K3s
 * (`+k3s1`) and KubeEdge (`-kubeedge-`) nodes away.
 */
export const renderKubelet = (ctx: FleetContext, node: NodeEntity, t: number): string => {
  const w = createTextWriter({ format: formatGo });
  const pods = activePods(ctx, node, t);
  const minor = /^v1\.(\d+)/.exec(node.kubeletVersion)?.[1] ?? '31';

  w.family('kubelet_node_name', 'gauge', "[ALPHA] The node's name. The count is always 1.");
  w.sample('kubelet_node_name', [['node', node.id]], 1);
  w.family(
    'kubelet_pod_start_duration_seconds',
    'histogram',
    '[ALPHA] Duration in seconds from kubelet seeing a pod for the first time to the pod starting to run',
  );
  writeHistogram(
    w,
    'kubelet_pod_start_duration_seconds',
    [],
    podStartHistogram(ctx, node, t),
    formatGo,
  );
  w.family('kubelet_running_containers', 'gauge', '[ALPHA] Number of containers currently running');
  w.sample(
    'kubelet_running_containers',
    [['container_state', 'running']],
    pods.length + SYSTEM_PODS,
  );
  w.family(
    'kubelet_running_pods',
    'gauge',
    '[ALPHA] Number of pods that have a running pod sandbox',
  );
  w.sample('kubelet_running_pods', [], pods.length + SYSTEM_PODS);
  w.family(
    'kubernetes_build_info',
    'gauge',
    "[ALPHA] A metric with a constant '1' value labeled by major, minor, git version, git commit, git tree state, build date, Go version, and compiler from which Kubernetes was built, and platform on which it is running.",
  );
  w.sample(
    'kubernetes_build_info',
    [
      ['build_date', '2025-01-15T14:11:56Z'],
      ['compiler', 'gc'],
      ['git_commit', '8a5a2d8ac4ae2e4e3f1ab2e3e0c1a3e9f31c2b7d'],
      ['git_tree_state', 'clean'],
      ['git_version', node.kubeletVersion],
      ['go_version', 'go1.22.10'],
      ['major', '1'],
      ['minor', minor],
      ['platform', `linux/${node.arch}`],
    ],
    1,
  );
  w.family(
    'prober_probe_total',
    'counter',
    '[ALPHA] Cumulative number of a liveness, readiness or startup probe for a container by result.',
  );
  for (const pod of pods) {
    const entity = podEntity(node, pod);
    const since = podStartMs(ctx, node, pod, t);
    const probes = Math.floor((t - since) / 1000 / PROBE_PERIOD_S);
    // Failed probes follow the node's error stream: incidents show up as failing readiness.
    const failed = Math.min(probes, Math.floor(countBetween(ctx, entity, 'errors', since, t) / 50));
    for (const probeType of ['Liveness', 'Readiness']) {
      const base = [
        ['container', pod.container],
        ['namespace', pod.namespace],
        ['pod', pod.name],
        ['pod_uid', pod.uid],
        ['probe_type', probeType],
      ] as const;
      w.sample(
        'prober_probe_total',
        [...base, ['result', 'failed']],
        probeType === 'Readiness' ? failed : 0,
      );
      w.sample(
        'prober_probe_total',
        [...base, ['result', 'successful']],
        probes - (probeType === 'Readiness' ? failed : 0),
      );
    }
  }
  // kubelet leaves this HELP empty.
  w.family('rest_client_requests_total', 'counter', '');
  const apiCalls = Math.floor((t - lastStartAt(ctx, node, t)) / 1000 / 4);
  w.sample(
    'rest_client_requests_total',
    [
      ['code', '200'],
      ['host', '10.43.0.1:443'],
      ['method', 'GET'],
    ],
    apiCalls,
  );
  w.sample(
    'rest_client_requests_total',
    [
      ['code', '201'],
      ['host', '10.43.0.1:443'],
      ['method', 'PATCH'],
    ],
    Math.floor(apiCalls / 6),
  );

  return w.text();
};
