import { DecodeError } from '../types.ts';
import { ItemError } from './item-error.ts';

/** A parsed JSON object, read only through `field` so inherited keys never count. */
export type JsonObject = { readonly [key: string]: unknown };

const UINT64_MAX = (1n << 64n) - 1n;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const DECIMAL_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function field(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}

/** Wrong JSON types make the request malformed: 400 for the whole request. */
function wrongType(where: string, expected: string, value: unknown): DecodeError {
  return new DecodeError(`${where} must be ${expected}, got ${describe(value)}`);
}

export function readObject(value: unknown, where: string): JsonObject | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw wrongType(where, 'an object', value);
  }
  return value as JsonObject;
}

export function readArray(value: unknown, where: string): readonly unknown[] {
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) throw wrongType(where, 'an array', value);
  return value;
}

export function readString(value: unknown, where: string): string {
  if (isAbsent(value)) return '';
  if (typeof value !== 'string') throw wrongType(where, 'a string', value);
  return value;
}

export function readBool(value: unknown, where: string): boolean {
  if (isAbsent(value)) return false;
  if (typeof value !== 'boolean') throw wrongType(where, 'a boolean', value);
  return value;
}

/** OTLP/JSON enums MUST be integers; a name such as "SPAN_KIND_SERVER" fails the request. */
export function readEnum(value: unknown, where: string): number {
  if (isAbsent(value)) return 0;
  if (typeof value === 'string') {
    throw new DecodeError(
      `${where} must be an integer enum value, got the string ${JSON.stringify(value)}`,
    );
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 0x7fffffff) {
    throw wrongType(where, 'an integer enum value', value);
  }
  return value;
}

function readInteger(value: unknown, where: string, min: bigint, max: bigint): bigint {
  if (isAbsent(value)) return 0n;
  let result: bigint;
  if (typeof value === 'string') {
    if (!/^-?\d+$/.test(value)) {
      throw new ItemError(`${where} is not a decimal integer: ${JSON.stringify(value)}`);
    }
    result = BigInt(value);
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new ItemError(`${where} is not an exact integer: ${value}`);
    }
    result = BigInt(value);
  } else {
    throw wrongType(where, 'an integer or a decimal string', value);
  }
  if (result < min || result > max) throw new ItemError(`${where} is out of range: ${result}`);
  return result;
}

/** uint64 / fixed64 (timestamps, counts): a JSON number or a decimal string, kept exact. */
export function readUint64(value: unknown, where: string): bigint {
  return readInteger(value, where, 0n, UINT64_MAX);
}

export function readInt64(value: unknown, where: string): bigint {
  return readInteger(value, where, INT64_MIN, INT64_MAX);
}

export function readInt32(value: unknown, where: string): number {
  return Number(readInteger(value, where, -(1n << 31n), (1n << 31n) - 1n));
}

/** double: a number, or "NaN", "Infinity", "-Infinity" or a decimal string. */
export function readDouble(value: unknown, where: string): number | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') throw wrongType(where, 'a number', value);
  if (value === 'NaN') return Number.NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (!DECIMAL_FLOAT.test(value)) {
    throw new ItemError(`${where} is not a number: ${JSON.stringify(value)}`);
  }
  return Number(value);
}

const BASE64 = /^(?:[A-Za-z0-9+/]*={0,2}|[A-Za-z0-9_-]*={0,2})$/;

/** bytes fields other than ids are base64 in OTLP/JSON (standard or URL-safe alphabet). */
export function readBase64(value: unknown, where: string): Uint8Array {
  const text = readString(value, where);
  if (!BASE64.test(text)) throw new ItemError(`${where} is not base64`);
  return new Uint8Array(Buffer.from(text, 'base64'));
}
