import type { ExpectedValue } from '../golden-case.ts';
import type { ApiValue } from '../read-api.ts';

const RELATIVE_TOLERANCE = 1e-9;

/**
 * True when every expected key is present with the same value (as text: ids are numbers);
 * an expected null asks for the key to be absent or null.
 */
export const isSubset = (
  expected: Record<string, string | null> | undefined,
  actual: Record<string, unknown>,
): boolean =>
  Object.entries(expected ?? {}).every(([key, value]) => {
    const found = actual[key];
    if (value === null) return found === null || found === undefined;

    return (typeof found === 'string' || typeof found === 'number') && String(found) === value;
  });

/** Read API matchers: an empty value matches a missing field, as in Prometheus. */
export const toMatchers = (
  fields: Record<string, string | null> | undefined,
): Record<string, string> =>
  Object.fromEntries(Object.entries(fields ?? {}).map(([key, value]) => [key, value ?? '']));

/** Numbers within a relative 1e-9; NaN and ±Inf are the strings the API serves them as. */
export const isSameValue = (expected: ExpectedValue, actual: ApiValue | null): boolean => {
  if (typeof expected === 'string' || typeof actual === 'string' || actual === null) {
    return expected === actual;
  }
  if (expected === actual) return true;

  return (
    Math.abs(expected - actual) <=
    RELATIVE_TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual))
  );
};

/** `{key=value,…}` of the plain values; nulls and nested objects are left out. */
export const describeLabels = (labels: Record<string, unknown>): string =>
  `{${Object.entries(labels)
    .filter(([, value]) => value !== null && typeof value !== 'object')
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(',')}}`;
