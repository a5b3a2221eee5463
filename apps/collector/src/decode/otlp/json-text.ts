import { DecodeError } from '../types.ts';

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/** A string token, or a bare integer of 16+ digits: above 2^53 JSON.parse would round it. */
const STRING_OR_LONG_INTEGER = /"(?:[^"\\]|\\[^])*"|(?<![\w.+-])-?\d{16,}(?![\w.+-])/g;

/** Cheap pre-check: most bodies have no bare long integer (the JS SDK sends strings). */
const MAYBE_LONG_INTEGER = /[:[,]\s*-?\d{16}/;

/**
 * Parses OTLP/JSON keeping int64 values exact. Node 20's JSON.parse gives revivers no source
 * text, so bare integers of 16 or more digits are quoted first and read later as decimal
 * strings, which OTLP/JSON allows for every int64 field anyway. `__proto__` keys stay ordinary
 * own properties (JSON.parse defines them, it never assigns them).
 */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return {};
  const prepared = MAYBE_LONG_INTEGER.test(text)
    ? text.replace(STRING_OR_LONG_INTEGER, (token) =>
        token.charCodeAt(0) === 34 ? token : `"${token}"`,
      )
    : text;
  try {
    return JSON.parse(prepared) as unknown;
  } catch (err) {
    throw new DecodeError(`invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function parseJsonBody(body: Uint8Array): unknown {
  let text: string;
  try {
    text = fatalDecoder.decode(body);
  } catch {
    throw new DecodeError('request body is not valid UTF-8');
  }
  return parseJsonText(text);
}
