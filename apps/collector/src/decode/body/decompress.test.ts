import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';

import { compress } from 'snappyjs';
import { describe, expect, it } from 'vitest';

import { DecodeError } from '../types.ts';
import { decompress, parseContentEncoding } from './decompress.ts';

const MiB = 1024 * 1024;
const text = new TextEncoder().encode(
  'container_cpu_usage_seconds_total{cpu="total"} 1\n'.repeat(50),
);

function statusOf(run: () => unknown): { status: number; message: string } {
  try {
    run();
  } catch (err) {
    if (err instanceof DecodeError) return { status: err.status, message: err.message };
    throw err;
  }
  throw new Error('expected a DecodeError');
}

describe('decompress', () => {
  it('passes identity bodies through, within the limit', () => {
    expect(decompress(text, undefined, MiB)).toBe(text);
    expect(decompress(text, '', MiB)).toBe(text);
    expect(decompress(text, 'identity', MiB)).toBe(text);
    expect(statusOf(() => decompress(text, undefined, 10)).status).toBe(413);
  });

  it('inflates gzip, whatever the case of the header', () => {
    const body = gzipSync(text);
    expect(decompress(body, 'gzip', MiB)).toEqual(Buffer.from(text));
    expect(decompress(body, ' GZIP ', MiB)).toEqual(Buffer.from(text));
    expect(decompress(body, 'x-gzip', MiB)).toEqual(Buffer.from(text));
    expect(decompress(body, 'gzip', text.length)).toEqual(Buffer.from(text));
  });

  it('stops a gzip bomb at the limit with 413', () => {
    const bomb = gzipSync(new Uint8Array(64 * MiB));
    expect(bomb.length).toBeLessThan(MiB);
    const started = performance.now();
    const error = statusOf(() => decompress(bomb, 'gzip', MiB));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/larger than 1048576 bytes after decompression/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('answers 400 for a body that is not gzip, or is corrupt or truncated', () => {
    expect(statusOf(() => decompress(text, 'gzip', MiB))).toEqual({
      status: 400,
      message: 'Content-Encoding is gzip but the body is not gzip data',
    });
    const body = gzipSync(text);
    expect(statusOf(() => decompress(body.subarray(0, body.length - 12), 'gzip', MiB)).status).toBe(
      400,
    );
    const corrupt = Uint8Array.from(body);
    corrupt.fill(0xff, 10, 30);
    expect(statusOf(() => decompress(corrupt, 'gzip', MiB)).message).toMatch(/^invalid gzip body/);
  });

  it('inflates deflate as zlib or raw, with the same limit', () => {
    expect(decompress(deflateSync(text), 'deflate', MiB)).toEqual(Buffer.from(text));
    expect(decompress(deflateRawSync(text), 'deflate', MiB)).toEqual(Buffer.from(text));
    expect(
      statusOf(() => decompress(deflateSync(new Uint8Array(8 * MiB)), 'deflate', MiB)).status,
    ).toBe(413);
  });

  it('decodes snappy block bodies', () => {
    expect(decompress(compress(text), 'snappy', MiB)).toEqual(text);
    expect(statusOf(() => decompress(compress(text), 'snappy', 100)).status).toBe(413);
  });

  it.each(['br', 'zstd', 'lz4', 'compress', 'gzip, br'])('refuses %j with 415', (encoding) => {
    const error = statusOf(() => decompress(text, encoding, MiB));
    expect(error.status).toBe(415);
    expect(error.message).toContain('supported: gzip, deflate, snappy, identity');
  });
});

describe('parseContentEncoding', () => {
  it('ignores identity in a list', () => {
    expect(parseContentEncoding('identity, gzip')).toBe('gzip');
    expect(parseContentEncoding(undefined)).toBe('identity');
  });
});
