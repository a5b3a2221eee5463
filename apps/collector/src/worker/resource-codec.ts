import type { Paradigm, Resource } from '@fleetlens/schema';

/**
 * A resource as the writer receives it: its identity as one key string, plus its attributes
 * as flat name/value strings. The key is also what the series cache is keyed by, so it must
 * tell an absent field from an empty one: a bit per optional field leads it. Validation has
 * refused NUL in every field, so NUL separates them.
 */
const OPTIONAL_FIELDS = ['cluster', 'node', 'namespace', 'workload', 'instance'] as const;

export const resourceKeyOf = (resource: Resource): string => {
  let present = 0;
  let key = `\u0000${resource.tenant}\u0000${resource.paradigm}\u0000${resource.platform}`;
  OPTIONAL_FIELDS.forEach((field, bit) => {
    const value = resource[field];
    if (value !== undefined) present |= 1 << bit;
    key += `\u0000${value ?? ''}`;
  });

  return `${present}${key}`;
};

/** Rebuilds the resource from its key and attributes (only for new series and refreshes). */
export const resourceFromKey = (key: string, attributes: Record<string, string>): Resource => {
  const [present = '0', tenant = '', paradigm = '', platform = '', ...optional] =
    key.split('\u0000');
  const mask = Number(present);
  const resource: Resource = { tenant, paradigm: paradigm as Paradigm, platform, attributes };
  OPTIONAL_FIELDS.forEach((field, bit) => {
    if ((mask & (1 << bit)) !== 0) resource[field] = optional[bit] ?? '';
  });

  return resource;
};
