import { createNullMap } from '../null-map.ts';
import type { LabelMap } from '../types.ts';
import {
  BACKSLASH,
  COMMA,
  EQUALS,
  LineError,
  QUOTE,
  RBRACE,
  describeChar,
  isBlank,
  isLabelNameChar,
  isLabelNameStart,
} from './chars.ts';

/** One distinct label set of a parse; every sample of that set shares its map. */
export type LabelSet = { readonly labels: LabelMap };

/** Result slots of `parseLabelSet`, reused to avoid an allocation per call. */
export type LabelSetCursor = {
  /** Index just past the closing `}`. */
  end: number;
  /** False when names are not in ascending order. */
  sorted: boolean;
  /** False when spacing, a trailing comma or an unknown escape makes a second spelling. */
  plain: boolean;
  /** Label names as written; the first `count` are this label set's. */
  names: string[];
  count: number;
  /** Next backslash in the text at or after the last search: -1 none left, -2 not searched. */
  backslash: number;
};

export function createLabelSetCursor(): LabelSetCursor {
  return { end: 0, sorted: true, plain: true, names: [], count: 0, backslash: -2 };
}

/** Finds backslashes once per stretch of text instead of once per label value. */
function nextBackslash(text: string, from: number, cursor: LabelSetCursor): number {
  let at = cursor.backslash;
  if (at === -1) return -1;
  if (at < from) {
    at = text.indexOf('\\', from);
    cursor.backslash = at;
  }
  return at;
}

/** Reads a value with escapes, char by char: only `\\`, `\"` and `\n` are escapes. */
function readEscapedValue(
  text: string,
  start: number,
  lineEnd: number,
  name: string,
  cursor: LabelSetCursor,
): string {
  let value = '';
  let chunkStart = start;
  let i = start;
  while (i < lineEnd) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      cursor.end = i + 1;
      return value + text.slice(chunkStart, i);
    }
    if (c === BACKSLASH) {
      const next = text.charCodeAt(i + 1);
      const replacement =
        next === 110 ? '\n' : next === BACKSLASH ? '\\' : next === QUOTE ? '"' : undefined;
      if (replacement !== undefined) {
        value += text.slice(chunkStart, i) + replacement;
        i += 2;
        chunkStart = i;
        continue;
      }
      // An unknown escape stays as written, so the text has two spellings of this value.
      cursor.plain = false;
    }
    i++;
  }
  throw new LineError(`unterminated value of label "${name}"`);
}

/** Reads the value after its opening quote; the common case is one indexOf and one slice. */
function readLabelValue(
  text: string,
  start: number,
  lineEnd: number,
  name: string,
  cursor: LabelSetCursor,
): string {
  const close = text.indexOf('"', start);
  if (close === -1 || close >= lineEnd) {
    throw new LineError(`unterminated value of label "${name}"`);
  }
  const backslash = nextBackslash(text, start, cursor);
  if (backslash === -1 || backslash > close) {
    cursor.end = close + 1;
    return text.slice(start, close);
  }
  return readEscapedValue(text, start, lineEnd, name, cursor);
}

/** True when the label name at `start` is `known`: lets a set reuse the previous set's names. */
function isNameAt(text: string, start: number, known: string): boolean {
  const length = known.length;
  for (let i = 0; i < length; i++) {
    if (text.charCodeAt(start + i) !== known.charCodeAt(i)) return false;
  }
  return !isLabelNameChar(text.charCodeAt(start + length));
}

function skipBlanks(text: string, i: number, cursor: LabelSetCursor): number {
  if (!isBlank(text.charCodeAt(i))) return i;
  cursor.plain = false;
  while (isBlank(text.charCodeAt(++i)));
  return i;
}

/**
 * Parses and validates the label set whose `{` is at `start`, within one line. Label names are
 * `[a-zA-Z_][a-zA-Z0-9_]*`. Spaces around tokens and a trailing comma are accepted because
 * real exporters emit them (geth, hand-written exporters).
 */
export function parseLabelSet(
  text: string,
  start: number,
  lineEnd: number,
  cursor: LabelSetCursor,
): LabelMap {
  const labels: LabelMap = createNullMap();
  const names = cursor.names;
  const previousCount = cursor.count;
  cursor.sorted = true;
  cursor.plain = true;
  let count = 0;
  // While every name so far is the previous set's, none can repeat: that set had none twice.
  let isPreviousPrefix = true;
  let previous = '';
  let i = start + 1;
  for (;;) {
    i = skipBlanks(text, i, cursor);
    let c = text.charCodeAt(i);
    if (c === RBRACE) {
      if (previous !== '' && text.charCodeAt(i - 1) !== QUOTE) cursor.plain = false;
      break;
    }
    if (!isLabelNameStart(c)) {
      if (c === QUOTE) throw new LineError('quoted label names are not supported');
      if (i >= lineEnd) throw new LineError('unexpected end of label set');
      throw new LineError(`expected label name, got ${describeChar(c)}`);
    }
    // Consecutive sets mostly have the same names: reusing the string saves interning it again.
    let name: string;
    if (isPreviousPrefix && count < previousCount && isNameAt(text, i, names[count] as string)) {
      name = names[count] as string;
      i += name.length;
    } else {
      const nameStart = i;
      while (isLabelNameChar(text.charCodeAt(++i)));
      name = text.slice(nameStart, i);
      isPreviousPrefix = false;
    }
    i = skipBlanks(text, i, cursor);
    if (text.charCodeAt(i) !== EQUALS) {
      throw new LineError(`expected '=' after label name "${name}"`);
    }
    i = skipBlanks(text, i + 1, cursor);
    c = text.charCodeAt(i);
    if (c !== QUOTE) {
      throw new LineError(
        `expected '"' to start the value of label "${name}", got ${describeChar(c)}`,
      );
    }
    const value = readLabelValue(text, i + 1, lineEnd, name, cursor);
    if (name === '__name__') throw new LineError('label name "__name__" is reserved');
    // Exporters sort their labels, and sorted names cannot repeat: look up only once unsorted.
    if (name <= previous) cursor.sorted = false;
    if (!cursor.sorted && !isPreviousPrefix && labels[name] !== undefined) {
      throw new LineError(`duplicate label name "${name}"`);
    }
    labels[name] = value;
    names[count++] = name;
    previous = name;
    i = skipBlanks(text, cursor.end, cursor);
    c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      continue;
    }
    if (c === RBRACE) break;
    throw new LineError(
      `expected ',' or '}' after the value of label "${name}", got ${describeChar(c)}`,
    );
  }
  cursor.end = i + 1;
  cursor.count = count;
  return labels;
}

const NEEDS_ESCAPE = /[\\"\n]/;

/** Most values need no escaping: testing first skips replace's callback machinery. */
function escapeValue(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\"\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

/**
 * The canonical text of a label set: what a sorted, unspaced exposition would contain. Only
 * needed once a set of label names is spelled more than one way within a parse.
 */
export function canonicalText(labels: LabelMap): string {
  const names = Object.keys(labels).sort();
  let text = '';
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    text += `${i === 0 ? '' : ','}${name}="${escapeValue(labels[name] ?? '')}"`;
  }
  return text;
}
