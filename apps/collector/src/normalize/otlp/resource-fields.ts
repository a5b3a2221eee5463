import {
  ATTR_K8S_CLUSTER_NAME,
  ATTR_K8S_CONTAINER_NAME,
  ATTR_K8S_DAEMONSET_NAME,
  ATTR_K8S_DEPLOYMENT_NAME,
  ATTR_K8S_NAMESPACE_NAME,
  ATTR_K8S_NODE_NAME,
  ATTR_K8S_POD_NAME,
  ATTR_K8S_STATEFULSET_NAME,
  ATTR_SERVICE_INSTANCE_ID,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_NAMESPACE,
  ATTR_SERVICE_VERSION,
  ATTR_TELEMETRY_SDK_LANGUAGE,
  ATTR_TELEMETRY_SDK_NAME,
} from '@opentelemetry/semantic-conventions';

import type { Labels } from '../labels.ts';
import { readLabel } from '../labels.ts';
import type { ResourceFields } from '../resource.ts';
import {
  ATTR_CLOUD_PLATFORM,
  ATTR_CLOUD_PROVIDER,
  ATTR_CLOUD_REGION,
  ATTR_CONTAINER_NAME,
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_FAAS_INSTANCE,
  ATTR_FAAS_NAME,
  ATTR_FAAS_VERSION,
  ATTR_HOST_NAME,
  ATTR_KN_SERVICE_NAME,
  ATTR_PROCESS_EXECUTABLE_NAME,
  ATTR_PROCESS_RUNTIME_NAME,
} from '../semconv.ts';

/** Resource attributes worth keeping; ids such as process.pid or container.id are not. */
const KEPT_ATTRIBUTES = [
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_NAMESPACE,
  ATTR_SERVICE_VERSION,
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_CLOUD_PROVIDER,
  ATTR_CLOUD_PLATFORM,
  ATTR_CLOUD_REGION,
  ATTR_FAAS_NAME,
  ATTR_FAAS_VERSION,
  ATTR_K8S_DEPLOYMENT_NAME,
  ATTR_K8S_CONTAINER_NAME,
  ATTR_CONTAINER_NAME,
  ATTR_PROCESS_RUNTIME_NAME,
  ATTR_PROCESS_EXECUTABLE_NAME,
  ATTR_TELEMETRY_SDK_NAME,
  ATTR_TELEMETRY_SDK_LANGUAGE,
];

const WORKLOAD_KEYS = [
  ATTR_FAAS_NAME,
  ATTR_KN_SERVICE_NAME,
  ATTR_K8S_DEPLOYMENT_NAME,
  ATTR_K8S_STATEFULSET_NAME,
  ATTR_K8S_DAEMONSET_NAME,
  ATTR_SERVICE_NAME,
];

const INSTANCE_KEYS = [ATTR_FAAS_INSTANCE, ATTR_K8S_POD_NAME, ATTR_SERVICE_INSTANCE_ID];

/**
 * One running copy. A container of a pod (kubeletstats `container.*`, or an SDK whose
 * resource names its container) is its own instance, `<pod>/<container>`: the pod's
 * identity would add the container's values to the pod's own.
 */
const readInstance = (attributes: Labels): string | undefined => {
  const container = readLabel(attributes, ATTR_K8S_CONTAINER_NAME);
  const pod = readLabel(attributes, ATTR_K8S_POD_NAME);
  if (container !== undefined && pod !== undefined) return `${pod}/${container}`;

  return readLabel(attributes, INSTANCE_KEYS);
};

/**
 * AWS's CloudWatch log receiver names a Lambda function only in its log group,
 * `/aws/lambda/<function>`: that is the function, so it is the workload.
 */
const LAMBDA_LOG_GROUP = '/aws/lambda/';

const readLambdaLogGroupFunction = (attributes: Labels): string | undefined => {
  const group = readLabel(attributes, 'cloudwatch.log.group.name');
  if (group === undefined || !group.startsWith(LAMBDA_LOG_GROUP)) return undefined;
  const name = group.slice(LAMBDA_LOG_GROUP.length);

  return name === '' ? undefined : name;
};

/** Identity and kept attributes of an OTLP resource, from OTel semantic conventions. */
export const readOtlpResourceFields = (attributes: Labels): ResourceFields => {
  const kept: Labels = {};
  for (const key of KEPT_ATTRIBUTES) {
    const value = attributes[key];
    if (value !== undefined) kept[key] = value;
  }

  return {
    cluster: readLabel(attributes, [ATTR_K8S_CLUSTER_NAME, ATTR_CLOUD_REGION]),
    node: readLabel(attributes, [ATTR_K8S_NODE_NAME, ATTR_HOST_NAME]),
    namespace: readLabel(attributes, [ATTR_K8S_NAMESPACE_NAME, ATTR_SERVICE_NAMESPACE]),
    workload: readLabel(attributes, WORKLOAD_KEYS) ?? readLambdaLogGroupFunction(attributes),
    instance: readInstance(attributes),
    attributes: kept,
  };
};
