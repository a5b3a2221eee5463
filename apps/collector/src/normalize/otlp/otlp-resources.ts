import type { Resource } from '@fleetlens/schema';
import {
  ATTR_K8S_CLUSTER_NAME,
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

import { detectOtlpPlatform } from '../detect-otlp.ts';
import { detectPromPlatform, findKnownPlatform, resolveParadigm } from '../detect.ts';
import type { Labels } from '../labels.ts';
import { readLabel } from '../labels.ts';
import type { ResourceCache, ResourceFields } from '../resource.ts';
import { readResourceFields, toResourceKey } from '../resource.ts';
import type { RuleSet } from '../rules/types.ts';
import {
  ATTR_CLOUD_PLATFORM,
  ATTR_CLOUD_PROVIDER,
  ATTR_CLOUD_REGION,
  ATTR_CONTAINER_NAME,
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_FAAS_INSTANCE,
  ATTR_FAAS_NAME,
  ATTR_FAAS_VERSION,
  ATTR_FLEETLENS_PARADIGM,
  ATTR_HOST_NAME,
  ATTR_KN_SERVICE_NAME,
  ATTR_PROCESS_EXECUTABLE_NAME,
  ATTR_PROCESS_RUNTIME_NAME,
} from '../semconv.ts';
import type { NormalizeContext } from '../types.ts';

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
    workload: readLabel(attributes, WORKLOAD_KEYS),
    instance: readLabel(attributes, [
      ATTR_FAAS_INSTANCE,
      ATTR_K8S_POD_NAME,
      ATTR_SERVICE_INSTANCE_ID,
    ]),
    attributes: kept,
  };
};

/**
 * The resources of one OTLP ResourceMetrics/Spans/Logs entry. Rule sets that name their
 * resource in point attributes (wasmCloud's `component.ref`, Prometheus-bridged names)
 * refine the base resource per point; the rest share it.
 */
export const createOtlpResourceScope = (
  resourceAttributes: Labels,
  ctx: NormalizeContext,
  cache: ResourceCache,
) => {
  const hint = findKnownPlatform(ctx.platformHint);
  const detected = hint ?? detectOtlpPlatform(resourceAttributes);
  const base = readOtlpResourceFields(resourceAttributes);
  const explicit = resourceAttributes[ATTR_FLEETLENS_PARADIGM];

  const baseByPlatform = new Map<string, Resource>();
  const findBaseAs = (platform: string): Resource => {
    let resource = baseByPlatform.get(platform);
    if (resource === undefined) {
      resource = find(platform, base);
      baseByPlatform.set(platform, resource);
    }

    return resource;
  };
  const find = (platform: string, fields: ResourceFields): Resource => {
    const key = toResourceKey(platform, fields, explicit);

    return (
      cache.find(key) ??
      cache.create(
        key,
        platform,
        resolveParadigm(platform, explicit, ctx.paradigmHint) ?? 'container',
        fields,
      )
    );
  };

  return {
    platform: detected,
    /** The entry's own resource, for events; undefined when no platform is known. */
    findBase: (fallbackPlatform?: string): Resource | undefined => {
      const platform = detected ?? findKnownPlatform(fallbackPlatform);

      return platform === undefined ? undefined : findBaseAs(platform);
    },
    /**
     * For records that name their own platform (a quantum job's provider): the hint, then
     * that platform, then detection.
     */
    findAs: (platform: string | undefined): Resource | undefined => {
      const chosen = hint ?? findKnownPlatform(platform) ?? detected;

      return chosen === undefined ? undefined : findBaseAs(chosen);
    },
    /** A point's resource; a Prometheus-style metric name may supply the platform. */
    findForPoint: (point: Labels, set: RuleSet, metricName: string): Resource | undefined => {
      const platform = detected ?? detectPromPlatform(metricName);
      if (platform === undefined) return undefined;
      if (set.resource === undefined && set.resourceAttributes === undefined) {
        return findBaseAs(platform);
      }
      const own = readResourceFields(point, set, {});
      const fields: ResourceFields = {
        cluster: base.cluster,
        node: set.resource?.node ? (own.node ?? base.node) : base.node,
        namespace: set.resource?.namespace ? (own.namespace ?? base.namespace) : base.namespace,
        workload: set.resource?.workload ? (own.workload ?? base.workload) : base.workload,
        instance: set.resource?.instance ? (own.instance ?? base.instance) : base.instance,
        attributes: { ...base.attributes, ...own.attributes },
      };

      return find(platform, fields);
    },
  };
};

export type OtlpResourceScope = ReturnType<typeof createOtlpResourceScope>;
