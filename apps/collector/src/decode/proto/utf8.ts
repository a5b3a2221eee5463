const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/** Longest ASCII string built by hand; above it the native decoder is faster. */
const SHORT_ASCII = 32;

/**
 * Decodes UTF-8 strictly (protobufjs's own reader does not validate). Returns null on invalid
 * input so callers can choose between rejecting the item and failing the request. Short ASCII
 * strings, the bulk of label names and values, skip the native call.
 */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string | null {
  const len = end - start;
  if (len === 0) return '';
  if (len <= SHORT_ASCII) {
    let s = '';
    for (let i = start; i < end; i++) {
      const byte = buf[i] ?? 0x80;
      if (byte >= 0x80) return decodeStrict(buf, start, end);
      s += String.fromCharCode(byte);
    }
    return s;
  }
  return decodeStrict(buf, start, end);
}

function decodeStrict(buf: Uint8Array, start: number, end: number): string | null {
  try {
    return fatalDecoder.decode(buf.subarray(start, end));
  } catch {
    return null;
  }
}
