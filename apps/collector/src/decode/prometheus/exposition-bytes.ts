import { DecodeError } from '../types.ts';

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/** Finds the 1-based line of the first invalid UTF-8 sequence, for the error message. */
function findInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      fatalDecoder.decode(bytes.subarray(lineStart, i));
    } catch {
      return line;
    }
    line++;
    lineStart = i + 1;
  }
  return line;
}

/** Decodes an exposition body, refusing invalid UTF-8 (the text formats require UTF-8). */
export function decodeExpositionBytes(bytes: Uint8Array): string {
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    throw new DecodeError(`line ${findInvalidLine(bytes)}: invalid UTF-8`);
  }
}
