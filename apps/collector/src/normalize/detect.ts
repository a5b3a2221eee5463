import { findPlatform, PARADIGM_IDS } from '@fleetlens/schema';
import type { Paradigm } from '@fleetlens/schema';

/**
 * Platform of a Prometheus series from its family name: exact names first, then a short
 * prefix list (checked once per family, not per sample). Names no exporter owns
 * (`process_*`, `go_*`) detect nothing and take the batch's platform.
 */
const EXACT: ReadonlyMap<string, string> = new Map([
  ['request_predict_seconds', 'kserve'],
  ['request_preprocess_seconds', 'kserve'],
  ['request_postprocess_seconds', 'kserve'],
  ['request_explain_seconds', 'kserve'],
  ['p2p_peers', 'geth'],
  ['rpc_requests', 'geth'],
  ['rpc_success', 'geth'],
  ['rpc_failure', 'geth'],
  ['rpc_duration_all', 'geth'],
  ['rpc_duration_all_count', 'geth'],
  ['component_invocations', 'wasmcloud'],
  ['component_errors', 'wasmcloud'],
  ['handle_rpc_message_duration_ns', 'wasmcloud'],
  ['MemoryUtilized', 'aws-fargate'],
  ['CpuUtilized', 'aws-fargate'],
  ['MemoryUsage', 'azure-container-instances'],
  ['CpuUsage', 'azure-container-instances'],
]);

const PREFIXES: readonly (readonly [string, string])[] = [
  ['DCGM_', 'nvidia-dcgm-exporter'],
  ['nv_', 'nvidia-triton'],
  ['vllm:', 'vllm'],
  [':tensorflow:', 'tensorflow-serving'],
  ['seldon_', 'seldon'],
  ['mlflow_', 'mlflow'],
  ['ledger_', 'hyperledger-fabric'],
  ['endorser_', 'hyperledger-fabric'],
  ['gossip_', 'hyperledger-fabric'],
  ['consensus_etcdraft_', 'hyperledger-fabric'],
  ['chain_', 'geth'],
  ['txpool_', 'geth'],
  ['net_corda_', 'corda'],
  ['wasmcloud_', 'wasmcloud'],
  ['activator_', 'knative'],
  ['autoscaler_', 'knative'],
  ['revision_', 'knative'],
  ['kn_', 'knative'],
  ['run_googleapis_com:', 'google-cloud-run'],
  ['run.googleapis.com/', 'google-cloud-run'],
  ['container_', 'kubelet-cadvisor'],
  ['machine_', 'kubelet-cadvisor'],
  ['kubelet_', 'kubelet-cadvisor'],
  ['prober_', 'kubelet-cadvisor'],
  ['node_', 'node-exporter'],
];

export const detectPromPlatform = (name: string): string | undefined => {
  const exact = EXACT.get(name);
  if (exact !== undefined) return exact;
  for (const [prefix, platform] of PREFIXES) {
    if (name.startsWith(prefix)) return platform;
  }

  return undefined;
};

/** Host exporters that run beside every workload: they never name a batch's platform. */
const HOST_EXPORTERS: ReadonlySet<string> = new Set(['kubelet-cadvisor', 'node-exporter']);

export const isHostExporter = (platform: string): boolean => HOST_EXPORTERS.has(platform);

/**
 * The platform that owns a scrape: the one most of its families name, host exporters only
 * when nothing else is there. A Fabric peer's `process_*` series belong to Fabric.
 */
export const detectBatchPlatform = (familyNames: Iterable<string>): string | undefined => {
  const counts = new Map<string, number>();
  for (const name of familyNames) {
    const platform = detectPromPlatform(name);
    if (platform !== undefined) counts.set(platform, (counts.get(platform) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const [platform, count] of counts) {
    const score = isHostExporter(platform) ? count : count * 1_000_000;
    if (score > bestScore) [best, bestScore] = [platform, score];
  }

  return best;
};

/** A hint or attribute naming a platform counts only when the catalog knows it. */
export const findKnownPlatform = (id: string | undefined): string | undefined =>
  id !== undefined && findPlatform(id) ? id : undefined;

/**
 * Paradigm of a platform from the catalog. For platforms listed under several (K3s,
 * KubeEdge, OpenYurt: edge and iot), an explicit paradigm on the data wins, then the hint,
 * then the first the catalog lists (edge for the edge platforms, container for exporters).
 */
export const resolveParadigm = (
  platform: string,
  explicit?: string,
  hint?: Paradigm,
): Paradigm | undefined => {
  const paradigms = findPlatform(platform)?.paradigms;
  if (paradigms === undefined) return undefined;
  const chosen = PARADIGM_IDS.find((id) => id === explicit);
  if (chosen !== undefined && paradigms.includes(chosen)) return chosen;
  if (hint !== undefined && paradigms.includes(hint)) return hint;

  return paradigms[0];
};
