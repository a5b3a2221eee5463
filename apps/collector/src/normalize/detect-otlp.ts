import {
  ATTR_K8S_CLUSTER_NAME,
  ATTR_K8S_NAMESPACE_NAME,
  ATTR_K8S_NODE_NAME,
  ATTR_K8S_POD_NAME,
  ATTR_SERVICE_NAME,
  ATTR_TELEMETRY_SDK_NAME,
} from '@opentelemetry/semantic-conventions';

import { detectEdgeFromAttributes } from './detect-edge.ts';
import { findKnownPlatform } from './detect.ts';
import {
  ATTR_AWS_ECS_LAUNCHTYPE,
  ATTR_CLOUD_PLATFORM,
  ATTR_CLOUD_PROVIDER,
  ATTR_CONTAINER_NAME,
  ATTR_FAAS_INVOKED_PROVIDER,
  ATTR_FAAS_NAME,
  ATTR_FLEETLENS_PLATFORM,
  ATTR_K8S_NODE_LABEL_PREFIX,
  ATTR_KN_REVISION_NAME,
  ATTR_KN_SERVICE_NAME,
  ATTR_PROCESS_EXECUTABLE_NAME,
  ATTR_PROCESS_RUNTIME_NAME,
  AWS_ECS_LAUNCHTYPE_VALUE_FARGATE,
  CLOUD_PLATFORM_VALUE_AWS_ECS,
  CLOUD_PLATFORM_VALUE_AWS_LAMBDA,
  CLOUD_PLATFORM_VALUE_AZURE_CONTAINER_INSTANCES,
  CLOUD_PLATFORM_VALUE_AZURE_CONTAINER_INSTANCES_OLD,
  CLOUD_PLATFORM_VALUE_GCP_CLOUD_RUN,
} from './semconv.ts';

const CLOUD_PLATFORMS: ReadonlyMap<string, string> = new Map([
  [CLOUD_PLATFORM_VALUE_AWS_LAMBDA, 'aws-lambda'],
  [CLOUD_PLATFORM_VALUE_GCP_CLOUD_RUN, 'google-cloud-run'],
  [CLOUD_PLATFORM_VALUE_AZURE_CONTAINER_INSTANCES, 'azure-container-instances'],
  [CLOUD_PLATFORM_VALUE_AZURE_CONTAINER_INSTANCES_OLD, 'azure-container-instances'],
]);

/**
 * Words in a process, runtime, SDK or service name that give its platform away
 * (`wasmtime-host`, `vllm-openai`, `tritonserver`). Whole words only, so a service merely
 * containing "spin" in a longer word is not taken for Spin.
 */
const NAME_WORDS: ReadonlyMap<string, string> = new Map([
  ['wasmtime', 'wasmtime'],
  ['wasmer', 'wasmer'],
  ['wasm3', 'wasm3'],
  ['wasmedge', 'wasmedge'],
  ['spin', 'spin'],
  ['wasmcloud', 'wasmcloud'],
  ['vllm', 'vllm'],
  ['triton', 'nvidia-triton'],
  ['tritonserver', 'nvidia-triton'],
  ['tensorflow_model_server', 'tensorflow-serving'],
  ['seldon', 'seldon'],
  ['kserve', 'kserve'],
  ['mlflow', 'mlflow'],
  ['kubeflow', 'kubeflow'],
  ['geth', 'geth'],
  ['corda', 'corda'],
  ['qiskit', 'qiskit'],
  ['cirq', 'cirq'],
  ['pennylane', 'pennylane'],
  ['braket', 'amazon-braket'],
]);

const NAME_KEYS = [
  ATTR_PROCESS_EXECUTABLE_NAME,
  ATTR_PROCESS_RUNTIME_NAME,
  ATTR_TELEMETRY_SDK_NAME,
  ATTR_SERVICE_NAME,
] as const;

const detectFromNames = (attributes: Record<string, string>): string | undefined => {
  for (const key of NAME_KEYS) {
    const words = attributes[key]?.toLowerCase().split(/[^a-z0-9_]+/) ?? [];
    for (const word of words) {
      const platform = NAME_WORDS.get(word);
      if (platform !== undefined) return platform;
    }
  }

  return undefined;
};

const hasKeyWithPrefix = (attributes: Record<string, string>, prefix: string): boolean =>
  Object.keys(attributes).some((key) => key.startsWith(prefix));

const K8S_KEYS = [
  ATTR_K8S_POD_NAME,
  ATTR_K8S_NAMESPACE_NAME,
  ATTR_K8S_NODE_NAME,
  ATTR_K8S_CLUSTER_NAME,
];

/**
 * Platform of an OTLP resource, most specific signal first: an explicit `fleetlens.platform`,
 * `cloud.platform` (Lambda, Cloud Run, ACI, ECS on Fargate), a FaaS resource of the Lambda
 * extension, Knative (`kn.*`), wasmCloud/Spin attributes, telling process/SDK/service names,
 * then Kubernetes (edge distributions told apart by node labels) or a plain container.
 */
export const detectOtlpPlatform = (attributes: Record<string, string>): string | undefined => {
  const explicit = findKnownPlatform(attributes[ATTR_FLEETLENS_PLATFORM]);
  if (explicit) return explicit;
  const cloudPlatform = attributes[ATTR_CLOUD_PLATFORM];
  const cloud = cloudPlatform === undefined ? undefined : CLOUD_PLATFORMS.get(cloudPlatform);
  if (cloud) return cloud;
  if (
    cloudPlatform === CLOUD_PLATFORM_VALUE_AWS_ECS &&
    attributes[ATTR_AWS_ECS_LAUNCHTYPE]?.toLowerCase() === AWS_ECS_LAUNCHTYPE_VALUE_FARGATE
  ) {
    return 'aws-fargate';
  }
  const provider = attributes[ATTR_FAAS_INVOKED_PROVIDER] ?? attributes[ATTR_CLOUD_PROVIDER];
  if (attributes[ATTR_FAAS_NAME] !== undefined && provider === 'aws') return 'aws-lambda';
  if (attributes[ATTR_KN_SERVICE_NAME] ?? attributes[ATTR_KN_REVISION_NAME]) return 'knative';
  if (hasKeyWithPrefix(attributes, 'wasmcloud.')) return 'wasmcloud';
  if (hasKeyWithPrefix(attributes, 'spin.')) return 'spin';
  const named = detectFromNames(attributes);
  if (named) return named;
  if (K8S_KEYS.some((key) => attributes[key] !== undefined)) {
    return detectEdgeFromAttributes(attributes, ATTR_K8S_NODE_LABEL_PREFIX) ?? 'kubernetes';
  }
  if (attributes[ATTR_CONTAINER_NAME] !== undefined) return 'kubernetes';

  return undefined;
};
