import { QueryError } from './errors.ts';

/** Prometheus label-name syntax; the only names ever placed in a json_extract path. */
export const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Resource identity columns, addressable in filters and `by` as if they were labels. */
export const RESOURCE_FIELDS = [
  'tenant',
  'paradigm',
  'platform',
  'cluster',
  'node',
  'namespace',
  'workload',
  'instance',
] as const;

export type ResourceField = (typeof RESOURCE_FIELDS)[number];

export const isResourceField = (name: string): name is ResourceField =>
  (RESOURCE_FIELDS as readonly string[]).includes(name);

/** Throws unless `name` is a valid label name; returns the JSON path that reads it. */
export const labelPath = (name: string): string => {
  if (!LABEL_NAME.test(name)) throw new QueryError(`invalid label name: ${JSON.stringify(name)}`);

  return `$.${name}`;
};
