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
  /** True when the text is already `name="value",…` sorted by name, with no spacing. */
  canonical: boolean;
  /** Next backslash in the text at or after the last search: -1 none left, -2 not searched. */
  backslash: number;
};

export function createLabelSetCursor(): LabelSetCursor {
  return { end: 0, canonical: true, backslash: -2 };
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
      cursor.canonical = false;
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

function skipBlanks(text: string, i: number, cursor: LabelSetCursor): number {
  if (!isBlank(text.charCodeAt(i))) return i;
  cursor.canonical = false;
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
  cursor.canonical = true;
  let previous = '';
  let i = start + 1;
  for (;;) {
    i = skipBlanks(text, i, cursor);
    let c = text.charCodeAt(i);
    if (c === RBRACE) {
      if (previous !== '' && text.charCodeAt(i - 1) !== QUOTE) cursor.canonical = false;
      break;
    }
    if (!isLabelNameStart(c)) {
      if (c === QUOTE) throw new LineError('quoted label names are not supported');
      if (i >= lineEnd) throw new LineError('unexpected end of label set');
      throw new LineError(`expected label name, got ${describeChar(c)}`);
    }
    const nameStart = i;
    while (isLabelNameChar(text.charCodeAt(++i)));
    const name = text.slice(nameStart, i);
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
    // Exporters sort their labels, and sorted names cannot repeat: look up only when unsorted.
    if (name <= previous) {
      cursor.canonical = false;
      if (labels[name] !== undefined) throw new LineError(`duplicate label name "${name}"`);
    }
    labels[name] = value;
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
  return labels;
}

const NEEDS_ESCAPE = /[\\"\n]/;

/** Most values need no escaping: testing first skips replace's callback machinery. */
function escapeValue(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\"\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

/**
 * The canonical text of a label set: what a sorted, unspaced exposition would contain. Built
 * for every label set spelled unsorted (one per line of such an exposition), so by hand.
 */
function canonicalText(labels: LabelMap): string {
  const names = Object.keys(labels).sort();
  let text = '';
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    text += `${i === 0 ? '' : ','}${name}="${escapeValue(labels[name] ?? '')}"`;
  }
  return text;
}

/** One spelling of a label set, plus the set that followed it last time, for prediction. */
type Interned = {
  raw: string;
  set: LabelSet;
  next: Interned | undefined;
  successor: Interned | undefined;
};

/**
 * The spellings that share a tail. Short chains are walked; a long one (thousands of series
 * that differ only in an early label) moves to a map on the whole text, so lookups stay O(1).
 */
type Bucket = {
  chain: Interned | undefined;
  size: number;
  byText: Map<string, Interned> | undefined;
};

/** Hashing a whole 300-character cAdvisor label text costs more than the rest of the line. */
const TAIL_CHARS = 24;
const MAX_CHAIN = 8;

/**
 * Interns the label sets of one parse. Exporters repeat the same label texts in the same order
 * in every family (each cAdvisor family lists the containers again), so the set that followed
 * the previous line's set last time is tried first, with one memcmp; otherwise the text is
 * looked up by its last characters. Texts are parsed only the first time they are seen, and
 * every spelling of a set maps to one entry, so duplicate series are a matter of identity.
 */
export class LabelSetTable {
  readonly empty: LabelSet = { labels: createNullMap() };
  /** Index just past the `}` of the last label set read. */
  end = 0;
  private readonly byTail = new Map<string, Bucket>();
  private readonly cursor = createLabelSetCursor();
  private previous: Interned | undefined;

  constructor() {
    // `{}` and `a` are the same series.
    this.remember('', this.empty);
  }

  private find(text: string, from: number, to: number): Interned | undefined {
    const bucket = this.byTail.get(text.slice(Math.max(from, to - TAIL_CHARS), to));
    if (bucket === undefined) return undefined;
    // Comparing a slice with === is a memcmp in V8; startsWith is several times slower.
    const raw = text.slice(from, to);
    if (bucket.byText !== undefined) return bucket.byText.get(raw);
    for (let entry = bucket.chain; entry !== undefined; entry = entry.next) {
      if (entry.raw === raw) return entry;
    }
    return undefined;
  }

  private remember(raw: string, set: LabelSet): Interned {
    const tail = raw.slice(Math.max(0, raw.length - TAIL_CHARS));
    let bucket = this.byTail.get(tail);
    if (bucket === undefined) {
      bucket = { chain: undefined, size: 0, byText: undefined };
      this.byTail.set(tail, bucket);
    }
    const entry: Interned = { raw, set, next: bucket.chain, successor: undefined };
    if (bucket.byText !== undefined) {
      bucket.byText.set(raw, entry);
    } else {
      bucket.chain = entry;
      if (++bucket.size > MAX_CHAIN) {
        bucket.byText = new Map();
        for (let e: Interned | undefined = entry; e !== undefined; e = e.next) {
          if (!bucket.byText.has(e.raw)) bucket.byText.set(e.raw, e);
        }
      }
    }
    return entry;
  }

  /** Called for samples without labels, which break the chain of predictions. */
  skip(): void {
    this.previous = undefined;
  }

  read(text: string, start: number, lineEnd: number): LabelSet {
    const previous = this.previous;
    const close = text.indexOf('}', start + 1);
    if (close !== -1 && close < lineEnd) {
      // Sound even if a value holds a '}': only complete, validated texts are remembered.
      const from = start + 1;
      const guess = previous?.successor;
      let entry: Interned | undefined;
      if (guess !== undefined && guess.raw.length === close - from) {
        if (text.slice(from, close) === guess.raw) entry = guess;
      }
      entry ??= this.find(text, from, close);
      if (entry !== undefined) {
        if (previous !== undefined) previous.successor = entry;
        this.previous = entry;
        this.end = close + 1;
        return entry.set;
      }
    }
    const entry = this.parse(text, start, lineEnd);
    if (previous !== undefined) previous.successor = entry;
    this.previous = entry;
    return entry.set;
  }

  private parse(text: string, start: number, lineEnd: number): Interned {
    const cursor = this.cursor;
    const labels = parseLabelSet(text, start, lineEnd, cursor);
    this.end = cursor.end;
    const raw = text.slice(start + 1, cursor.end - 1);
    if (cursor.canonical) return this.remember(raw, { labels });
    const canonical = canonicalText(labels);
    const known = this.find(canonical, 0, canonical.length);
    const set = known?.set ?? { labels };
    if (known === undefined) this.remember(canonical, set);
    return this.remember(raw, set);
  }
}
