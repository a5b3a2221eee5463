import { describe, expect, it } from 'vitest';

import { decodeUtf8 } from './utf8.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
  it('decodes ASCII, multi-byte and long strings', () => {
    for (const text of ['', 'job', 'Zürich', '🚀 launch', 'x'.repeat(100), `${'y'.repeat(40)}é`]) {
      const encoded = bytes(text);
      expect(decodeUtf8(encoded, 0, encoded.length)).toBe(text);
    }
  });

  it('decodes a slice of a larger buffer', () => {
    const encoded = bytes('__name__up');
    expect(decodeUtf8(encoded, 8, 10)).toBe('up');
  });

  it.each([
    [[0xff]],
    [[0x61, 0xc3]],
    [[0xed, 0xa0, 0x80]],
    [[0xc0, 0xaf]],
    [[...Array<number>(40).fill(0x61), 0x80]],
  ])('returns null for invalid UTF-8 %j', (invalid) => {
    expect(decodeUtf8(new Uint8Array(invalid), 0, invalid.length)).toBeNull();
  });
});
