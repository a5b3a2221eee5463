import { ItemError } from './item-error.ts';

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export const TRACE_ID_BYTES = 16;
export const SPAN_ID_BYTES = 8;

/** Lower-case hex of a trace or span id. */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX_BYTES[byte] ?? '';
  return hex;
}

function isAllZero(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0) return false;
  return true;
}

/**
 * Checks an id from protobuf: `size` bytes, not all zero (the spec calls that invalid).
 * Empty is returned as undefined when the id is optional, otherwise it is a problem.
 */
export function readBinaryId(
  bytes: Uint8Array,
  size: number,
  field: string,
  optional: boolean,
): string | undefined {
  if (bytes.length === 0 && optional) return undefined;
  if (bytes.length !== size) {
    throw new ItemError(`${field} must be ${size} bytes, got ${bytes.length}`);
  }
  if (isAllZero(bytes)) {
    if (optional) return undefined;
    throw new ItemError(`${field} is all zeros`);
  }
  return bytesToHex(bytes);
}

const HEX_ONLY = /^[0-9a-fA-F]*$/;

/**
 * Checks an id from OTLP/JSON, which carries ids as hex (case-insensitive), not base64.
 * Returns lower-case hex; an empty or absent optional id is undefined.
 */
export function readHexId(
  value: unknown,
  size: number,
  field: string,
  optional: boolean,
): string | undefined {
  if ((value === undefined || value === null || value === '') && optional) return undefined;
  if (typeof value !== 'string' || value.length !== size * 2 || !HEX_ONLY.test(value)) {
    throw new ItemError(
      `${field} must be ${size * 2} hex characters, got ${JSON.stringify(value)}`,
    );
  }
  if (/^0+$/.test(value)) {
    if (optional) return undefined;
    throw new ItemError(`${field} is all zeros`);
  }
  return value.toLowerCase();
}
