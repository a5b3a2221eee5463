import type { OtlpAnyValue } from '../../decode/types.ts';

/**
 * A log body as plain data: a kvlist becomes an object, a string holding JSON (how the
 * Lambda telemetryapi receiver forwards platform records) is parsed. Anything else is
 * returned as is.
 */
export const toPlain = (value: OtlpAnyValue): unknown => {
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text.startsWith('{')) return value;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return value;
    }
  }
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object' && 'kvlist' in value) {
    const plain: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value.kvlist)) plain[key] = toPlain(item);

    return plain;
  }

  return value;
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
