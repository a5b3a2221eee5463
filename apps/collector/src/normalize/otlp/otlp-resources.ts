import type { Resource } from '@fleetlens/schema';

import { detectOtlpPlatform } from '../detect-otlp.ts';
import { detectPromPlatform, findKnownPlatform, resolveParadigm } from '../detect.ts';
import type { Labels } from '../labels.ts';
import type { ResourceCache, ResourceFields } from '../resource.ts';
import { readResourceFields, toResourceKey } from '../resource.ts';
import type { RuleSet } from '../rules/types.ts';
import { ATTR_FLEETLENS_PARADIGM } from '../semconv.ts';
import type { NormalizeContext } from '../types.ts';
import { readOtlpResourceFields } from './resource-fields.ts';

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
  // A rule set's attribute labels may sit on the resource rather than on each point (Knative
  // ≥1.19 `kn.revision.name`): read once per set; a point's own values win.
  const setAttributes = new Map<RuleSet, Labels>();
  const findSetAttributes = (set: RuleSet): Labels => {
    let attributes = setAttributes.get(set);
    if (attributes === undefined) {
      const own = readResourceFields(resourceAttributes, set, {}).attributes;
      attributes = { ...base.attributes, ...own };
      setAttributes.set(set, attributes);
    }

    return attributes;
  };

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
        attributes: { ...findSetAttributes(set), ...own.attributes },
      };

      return find(platform, fields);
    },
  };
};

export type OtlpResourceScope = ReturnType<typeof createOtlpResourceScope>;
