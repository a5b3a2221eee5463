import { DecodeError } from '../types.ts';

/** Stream identifier chunk that opens the framed snappy format (remote-write forbids it). */
const FRAMED_MAGIC = [0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59] as const;

export function isFramedSnappy(body: Uint8Array): boolean {
  if (body.length < FRAMED_MAGIC.length) return false;
  return FRAMED_MAGIC.every((byte, i) => body[i] === byte);
}

/** Reads the little-endian varint that opens a snappy block: the decompressed size. */
export function readSnappyLength(body: Uint8Array): { length: number; headerBytes: number } {
  let length = 0;
  for (let i = 0; i < 5 && i < body.length; i++) {
    const byte = body[i] ?? 0;
    length += (byte & 0x7f) * 2 ** (7 * i);
    if (byte < 0x80) {
      if (length > 0xffffffff) break;
      return { length, headerBytes: i + 1 };
    }
  }
  throw new DecodeError('invalid snappy body: bad length header');
}

function corrupt(detail: string): DecodeError {
  return new DecodeError(`invalid snappy body: ${detail}`);
}

/**
 * Decodes the snappy block format. The declared size is checked against `maxBytes` before any
 * output is allocated, and every copy is bounds-checked, so a hostile body can neither allocate
 * more than the limit nor read outside its input.
 */
export function decompressSnappyBlock(body: Uint8Array, maxBytes: number): Uint8Array {
  if (isFramedSnappy(body)) {
    throw new DecodeError('framed snappy is not supported, use block format');
  }
  const { length, headerBytes } = readSnappyLength(body);
  if (length > maxBytes) {
    throw new DecodeError(
      `snappy body decompresses to ${length} bytes, above the limit of ${maxBytes} bytes`,
      413,
    );
  }
  const out = new Uint8Array(length);
  const end = body.length;
  let pos = headerBytes;
  let op = 0;
  while (pos < end) {
    const tag = body[pos++] ?? 0;
    const kind = tag & 3;
    if (kind === 0) {
      let len = tag >>> 2;
      if (len >= 60) {
        const extra = len - 59;
        if (pos + extra > end) throw corrupt('truncated literal length');
        len = 0;
        for (let k = 0; k < extra; k++) len += (body[pos + k] ?? 0) * 2 ** (8 * k);
        pos += extra;
      }
      len += 1;
      if (pos + len > end) throw corrupt('truncated literal');
      if (op + len > length) throw corrupt('output longer than its header says');
      out.set(body.subarray(pos, pos + len), op);
      pos += len;
      op += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (kind === 1) {
      if (pos + 1 > end) throw corrupt('truncated copy');
      len = ((tag >>> 2) & 7) + 4;
      offset = ((tag >>> 5) << 8) | (body[pos] ?? 0);
      pos += 1;
    } else if (kind === 2) {
      if (pos + 2 > end) throw corrupt('truncated copy');
      len = (tag >>> 2) + 1;
      offset = (body[pos] ?? 0) | ((body[pos + 1] ?? 0) << 8);
      pos += 2;
    } else {
      if (pos + 4 > end) throw corrupt('truncated copy');
      len = (tag >>> 2) + 1;
      offset =
        ((body[pos] ?? 0) |
          ((body[pos + 1] ?? 0) << 8) |
          ((body[pos + 2] ?? 0) << 16) |
          ((body[pos + 3] ?? 0) << 24)) >>>
        0;
      pos += 4;
    }
    if (offset === 0 || offset > op) throw corrupt('copy offset out of range');
    if (op + len > length) throw corrupt('output longer than its header says');
    if (offset >= len) {
      out.copyWithin(op, op - offset, op - offset + len);
    } else {
      // Overlapping copies repeat the last `offset` bytes, so they must go byte by byte.
      for (let k = 0; k < len; k++) out[op + k] = out[op - offset + k] ?? 0;
    }
    op += len;
  }
  if (op !== length) throw corrupt('output shorter than its header says');
  return out;
}
