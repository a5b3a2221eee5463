import type { OtlpAnyValue, OtlpAttributes } from '../../decode/types.ts';
import type { Labels } from '../labels.ts';

/**
 * OTLP AnyValue → label text. Scalars only: arrays, maps and bytes are not label material
 * (and could be arbitrarily large), so they are left out.
 */
export const toStringValue = (value: OtlpAnyValue | undefined): string | undefined => {
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : undefined;
    default:
      return undefined;
  }
};

export const toStringAttributes = (attributes: OtlpAttributes): Labels => {
  const labels: Labels = {};
  for (const key of Object.keys(attributes)) {
    const value = toStringValue(attributes[key]);
    if (value !== undefined) labels[key] = value;
  }

  return labels;
};

/** Numbers sent as int, double, or (JSON int64) string. */
export const toNumberValue = (value: OtlpAnyValue | undefined): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);

    return Number.isNaN(parsed) ? undefined : parsed;
  }

  return undefined;
};

/** `true`, or the string 'true' some bridges write. */
export const toBooleanValue = (value: OtlpAnyValue | undefined): boolean | undefined => {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;

  return undefined;
};
