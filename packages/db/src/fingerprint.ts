import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal values hash equally. */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort()) {
      sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    }

    return sorted;
  }

  return value;
};

export const sha1Hex = (text: string): string => createHash('sha1').update(text).digest('hex');

export type ResourceIdentity = {
  tenant?: string | null;
  paradigm?: string | null;
  platform?: string | null;
  cluster?: string | null;
  node?: string | null;
  namespace?: string | null;
  workload?: string | null;
  instance?: string | null;
};

export const RESOURCE_IDENTITY_FIELDS = [
  'tenant',
  'paradigm',
  'platform',
  'cluster',
  'node',
  'namespace',
  'workload',
  'instance',
] as const satisfies readonly (keyof ResourceIdentity)[];

/** Identity fields only: descriptive attributes may change without making a new resource. */
export const resourceFingerprint = (identity: ResourceIdentity): string =>
  sha1Hex(canonicalJson(RESOURCE_IDENTITY_FIELDS.map((field) => identity[field] ?? null)));

export const seriesFingerprint = (
  kpi: string,
  resourceFp: string,
  labels: Readonly<Record<string, string>> = {},
): string => sha1Hex(canonicalJson({ kpi, labels, resource: resourceFp }));
