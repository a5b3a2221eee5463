import { compress, uncompress } from 'snappyjs';
import { describe, expect, it } from 'vitest';

import { DecodeError } from '../types.ts';
import { decompressSnappyBlock, isFramedSnappy, readSnappyLength } from './snappy-block.ts';

const MiB = 1024 * 1024;

function errorOf(run: () => unknown): DecodeError {
  try {
    run();
  } catch (err) {
    if (err instanceof DecodeError) return err;
    throw err;
  }
  throw new Error('expected a DecodeError');
}

describe('decompressSnappyBlock', () => {
  it('round-trips what snappyjs compresses, including long overlapping copies', () => {
    const inputs = [
      new Uint8Array(0),
      new TextEncoder().encode('a'),
      new TextEncoder().encode('abcabcabcabcabcabcabcabcabcabcabcabc'.repeat(100)),
      Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251),
      new Uint8Array(300_000),
    ];
    for (const input of inputs) {
      const compressed = compress(input);
      const same = (bytes: Uint8Array) => Buffer.from(bytes).equals(Buffer.from(input));
      expect(same(decompressSnappyBlock(compressed, MiB))).toBe(true);
      expect(same(uncompress(compressed))).toBe(true);
    }
  });

  it('refuses a declared size above the limit before allocating it (413)', () => {
    // varint 0xffffffff: a 4 GiB claim in five bytes
    const claim = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x41]);
    expect(readSnappyLength(claim)).toEqual({ length: 0xffffffff, headerBytes: 5 });
    const error = errorOf(() => decompressSnappyBlock(claim, 20 * MiB));
    expect(error.status).toBe(413);
  });

  it('refuses the framed format with a clear 400', () => {
    const framed = new Uint8Array([0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59, 0]);
    expect(isFramedSnappy(framed)).toBe(true);
    const error = errorOf(() => decompressSnappyBlock(framed, MiB));
    expect(error.status).toBe(400);
    expect(error.message).toBe('framed snappy is not supported, use block format');
  });

  it.each<[string, number[]]>([
    ['an unterminated length', [0x80, 0x80]],
    ['a truncated literal', [0x05, 0x10, 0x61]],
    ['a copy before any output', [0x04, 0x01, 0x01]],
    ['output longer than declared', [0x01, 0x04, 0x61, 0x62]],
    ['output shorter than declared', [0x03, 0x00, 0x61]],
    ['a truncated copy', [0x08, 0x04, 0x61, 0x62, 0x02]],
    ['a plain-text body', [...new TextEncoder().encode('hello world')]],
  ])('fails %s with 400', (_, bytes) => {
    const error = errorOf(() => decompressSnappyBlock(new Uint8Array(bytes), MiB));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/snappy/);
  });

  it('never reads outside its input on corrupted data', () => {
    const good = compress(new TextEncoder().encode('series{job="node"} 1\n'.repeat(200)));
    for (let i = 0; i < good.length; i++) {
      const bad = Uint8Array.from(good);
      bad[i] = (bad[i] ?? 0) ^ 0x5a;
      try {
        decompressSnappyBlock(bad, MiB);
      } catch (err) {
        expect(err).toBeInstanceOf(DecodeError);
      }
    }
  });
});
