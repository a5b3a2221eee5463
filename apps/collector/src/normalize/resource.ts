import type { Paradigm, Resource } from '@fleetlens/schema';

import type { Labels } from './labels.ts';
import { readLabel } from './labels.ts';
import type { ResourceKeys, RuleSet } from './rules/types.ts';

/** The parts of a resource read from the data; tenant, platform and paradigm come apart. */
export type ResourceFields = {
  cluster?: string;
  node?: string;
  namespace?: string;
  workload?: string;
  instance?: string;
  attributes: Labels;
};

type FieldKeys = {
  readonly cluster: readonly string[];
  readonly node: readonly string[];
  readonly namespace: readonly string[];
  readonly workload: readonly string[];
  readonly instance: readonly string[];
  readonly version: readonly string[];
  /** [source label, attribute name] pairs. */
  readonly labelAttributes: readonly (readonly [string, string])[];
  readonly constantAttributes: Readonly<Record<string, string>>;
};

/**
 * Prometheus labels that name a resource. Kubernetes service discovery and the exporters
 * differ in spelling (`pod` vs `pod_name`, `Hostname` in DCGM); `instance` is the scrape
 * target, a last resort for the instance.
 */
const PROM_DEFAULT_KEYS: FieldKeys = {
  cluster: ['cluster', 'k8s_cluster_name'],
  node: ['node', 'kubernetes_io_hostname', 'Hostname', 'nodename', 'k8s_node_name'],
  namespace: ['namespace', 'k8s_namespace_name', 'exported_namespace'],
  workload: ['k8s_deployment_name', 'deployment', 'app', 'service'],
  instance: ['pod', 'k8s_pod_name', 'instance'],
  version: [],
  labelAttributes: [],
  constantAttributes: {},
};

const FIELD_NAMES = ['cluster', 'node', 'namespace', 'workload', 'instance'] as const;

const resolvedKeys = new WeakMap<RuleSet, FieldKeys>();

/** A rule set's resource keys replace the defaults field by field. */
export const findFieldKeys = (set: RuleSet): FieldKeys => {
  let keys = resolvedKeys.get(set);
  if (keys === undefined) {
    const own: ResourceKeys = set.resource ?? {};
    const fields = {
      cluster: PROM_DEFAULT_KEYS.cluster,
      node: own.node ?? PROM_DEFAULT_KEYS.node,
      namespace: own.namespace ?? PROM_DEFAULT_KEYS.namespace,
      workload: own.workload ?? PROM_DEFAULT_KEYS.workload,
      instance: own.instance ?? PROM_DEFAULT_KEYS.instance,
      version: own.version ?? PROM_DEFAULT_KEYS.version,
    };
    keys = {
      ...fields,
      labelAttributes: Object.entries(own.attributes ?? {}),
      constantAttributes: set.resourceAttributes ?? {},
    };
    resolvedKeys.set(set, keys);
  }

  return keys;
};

/**
 * Reads resource fields from series labels (Prometheus labels, or OTLP point attributes for
 * rule sets that name their resource there). Values of `set.resourceAttributes` are constants;
 * the other attribute entries map a label to an attribute name.
 */
export const readResourceFields = (
  labels: Labels,
  set: RuleSet,
  fallback: { instance?: string; job?: string },
): ResourceFields => {
  const keys = findFieldKeys(set);
  const attributes: Labels = {};
  for (const [label, name] of keys.labelAttributes) {
    const value = readLabel(labels, label);
    if (value !== undefined) attributes[name] = value;
  }
  Object.assign(attributes, keys.constantAttributes);
  const job = readLabel(labels, 'job') ?? fallback.job;
  if (job !== undefined) attributes.job = job;
  const workload = readLabel(labels, keys.workload);
  const version = readLabel(labels, keys.version);

  return {
    cluster: readLabel(labels, keys.cluster),
    node: readLabel(labels, keys.node),
    namespace: readLabel(labels, keys.namespace),
    workload: workload !== undefined && version !== undefined ? `${workload}:${version}` : workload,
    instance: readLabel(labels, keys.instance) ?? fallback.instance,
    attributes,
  };
};

/**
 * The identity readResourceFields would give, read straight from the labels without building
 * anything: the per-sample path only allocates on a cache miss.
 */
export const toLabelResourceKey = (
  labels: Labels,
  set: RuleSet,
  platform: string,
  extra = '',
): string => {
  const keys = findFieldKeys(set);
  let key = `${platform}\u0001${extra}`;
  for (const name of FIELD_NAMES) {
    let value = '';
    for (const label of keys[name]) {
      const found = labels[label];
      if (found !== undefined && found !== '') {
        value = found;
        break;
      }
    }
    key += `\u0001${value}`;
  }
  for (const label of keys.version) key += `\u0001${labels[label] ?? ''}`;
  for (const [label] of keys.labelAttributes) key += `\u0001${labels[label] ?? ''}`;

  return `${key}\u0001${labels.job ?? ''}`;
};

export const toResourceKey = (platform: string, fields: ResourceFields, extra = ''): string => {
  let key = `${platform}\u0001${extra}`;
  for (const name of FIELD_NAMES) key += `\u0001${fields[name] ?? ''}`;
  for (const [name, value] of Object.entries(fields.attributes)) key += `\u0001${name}=${value}`;

  return key;
};

const toIdentity = (platform: string, paradigm: Paradigm, fields: ResourceFields): string => {
  let identity = `${platform}\u0001${paradigm}`;
  for (const name of FIELD_NAMES) identity += `\u0001${fields[name] ?? ''}`;

  return identity;
};

/**
 * One Resource object per key within a batch: the store and the validator look a resource
 * up by object identity, and sharing keeps allocation per sample at zero. Keys with the same
 * identity but other attributes (a rule set's own attribute labels) stay apart here, yet are
 * one resource in the store, which keeps one attribute set: they share one attribute object
 * holding them all, the first value of a name winning.
 */
export const createResourceCache = (tenant: string) => {
  const cache = new Map<string, Resource>();
  const firstByIdentity = new Map<string, Resource>();
  // Attribute objects this cache made, safe to add to; the ones given may be shared.
  const owned = new WeakSet<Labels>();
  const shareAttributes = (identity: string, own: Labels): Labels | undefined => {
    const first = firstByIdentity.get(identity);
    if (first === undefined) return undefined;
    if (!owned.has(first.attributes)) {
      first.attributes = { ...first.attributes };
      owned.add(first.attributes);
    }
    for (const [name, value] of Object.entries(own)) first.attributes[name] ??= value;

    return first.attributes;
  };

  return {
    find: (key: string): Resource | undefined => cache.get(key),
    create: (
      key: string,
      platform: string,
      paradigm: Paradigm,
      fields: ResourceFields,
    ): Resource => {
      const identity = toIdentity(platform, paradigm, fields);
      const attributes = shareAttributes(identity, fields.attributes) ?? fields.attributes;
      const resource: Resource = { tenant, paradigm, platform, attributes };
      for (const name of FIELD_NAMES) {
        const value = fields[name];
        if (value !== undefined) resource[name] = value;
      }
      cache.set(key, resource);
      if (!firstByIdentity.has(identity)) firstByIdentity.set(identity, resource);

      return resource;
    },
  };
};

export type ResourceCache = ReturnType<typeof createResourceCache>;
