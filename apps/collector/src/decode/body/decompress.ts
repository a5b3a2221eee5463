import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

import { DecodeError } from '../types.ts';
import { decompressSnappyBlock } from './snappy-block.ts';

export const SUPPORTED_ENCODINGS = ['gzip', 'deflate', 'snappy', 'identity'] as const;
export type ContentEncoding = (typeof SUPPORTED_ENCODINGS)[number];

const ALIASES: Record<string, ContentEncoding> = {
  gzip: 'gzip',
  'x-gzip': 'gzip',
  deflate: 'deflate',
  snappy: 'snappy',
  identity: 'identity',
};

/** Maps a Content-Encoding header to one supported encoding, or fails with 415. */
export function parseContentEncoding(header: string | undefined): ContentEncoding {
  const codings = (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0) return 'identity';
  const [only] = codings;
  const encoding = codings.length === 1 && only !== undefined ? ALIASES[only] : undefined;
  if (encoding === undefined) {
    throw new DecodeError(
      `unsupported Content-Encoding "${header ?? ''}", supported: ${SUPPORTED_ENCODINGS.join(', ')}`,
      415,
    );
  }
  return encoding;
}

function tooLarge(maxBytes: number): DecodeError {
  return new DecodeError(`request body is larger than ${maxBytes} bytes after decompression`, 413);
}

function isBufferTooLarge(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'ERR_BUFFER_TOO_LARGE';
}

/** Runs a zlib inflate whose output stops at `maxBytes`, so a bomb never allocates past it. */
function inflateCapped(
  inflate: typeof gunzipSync,
  body: Uint8Array,
  maxBytes: number,
  name: string,
): Uint8Array {
  try {
    return inflate(body, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    if (isBufferTooLarge(err)) throw tooLarge(maxBytes);
    const detail = err instanceof Error ? err.message : String(err);
    throw new DecodeError(`invalid ${name} body: ${detail}`);
  }
}

function isZlibHeader(body: Uint8Array): boolean {
  const cmf = body[0] ?? 0;
  const flg = body[1] ?? 0;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

/**
 * Undoes the request's Content-Encoding. The size limit applies to the decompressed bytes
 * (OTLP spec: "including after decompression"), and is enforced while inflating.
 */
export function decompress(
  body: Uint8Array,
  encoding: string | undefined,
  maxBytes: number,
): Uint8Array {
  switch (parseContentEncoding(encoding)) {
    case 'identity':
      if (body.length > maxBytes) throw tooLarge(maxBytes);
      return body;
    case 'gzip':
      if (body[0] !== 0x1f || body[1] !== 0x8b) {
        throw new DecodeError('Content-Encoding is gzip but the body is not gzip data');
      }
      return inflateCapped(gunzipSync, body, maxBytes, 'gzip');
    case 'deflate':
      // HTTP "deflate" means a zlib stream, but some clients send raw deflate: accept both.
      return isZlibHeader(body)
        ? inflateCapped(inflateSync, body, maxBytes, 'deflate')
        : inflateCapped(inflateRawSync, body, maxBytes, 'deflate');
    case 'snappy':
      return decompressSnappyBlock(body, maxBytes);
  }
}
