import { DecodeError } from '../types.ts';
import type { PromFamily, PromSample, PromTextParseResult } from '../types.ts';
import {
  CR,
  HASH,
  LBRACE,
  LineError,
  NL,
  TAB,
  SPACE,
  describeChar,
  isBlank,
  isMetricNameChar,
  isMetricNameStart,
} from './chars.ts';
import { applyCommentLine } from './comments.ts';
import { decodeExpositionBytes } from './exposition-bytes.ts';
import { FamilyRegistry } from './families.ts';
import { parseFloatToken, parseIntegerTimestamp, parseSecondsTimestamp } from './float.ts';
import { LabelSetTable } from './label-set-table.ts';
import { createLabelSetCursor, parseLabelSet } from './label-sets.ts';
import type { LabelSet } from './label-sets.ts';

export type PromParseOptions = {
  format: 'prometheus' | 'openmetrics';
  /** Given to samples that carry no timestamp of their own. */
  defaultTimestampMs?: number;
};

/** Longest piece of a bad line quoted back in an error message. */
const SNIPPET_CHARS = 120;

/**
 * A single pass over the text with charCodeAt: no regex or split per line. Consecutive samples
 * usually share a name, so the name string, its family and its duplicate set are reused until
 * the name changes.
 */
class TextParser {
  readonly samples: PromSample[] = [];
  duplicates = 0;
  line = 0;
  lineStart = 0;
  private readonly openMetrics: boolean;
  private readonly families: FamilyRegistry;
  private readonly labelSets = new LabelSetTable();
  private readonly seenByName = new Map<string, Set<LabelSet>>();
  private readonly exemplarCursor = createLabelSetCursor();
  private eof = false;
  private lastName = '';
  private lastFamily: PromFamily = { name: '', type: 'unknown' };
  private lastSeen = new Set<LabelSet>();

  constructor(
    private readonly text: string,
    private readonly defaultTimestampMs: number | undefined,
    format: PromParseOptions['format'],
  ) {
    this.openMetrics = format === 'openmetrics';
    this.families = new FamilyRegistry(this.openMetrics ? 'unknown' : 'untyped');
  }

  run(): void {
    const text = this.text;
    const len = text.length;
    let pos = 0;
    while (pos < len) {
      this.line++;
      this.lineStart = pos;
      if (this.eof) throw new LineError('unexpected data after # EOF');
      let c = text.charCodeAt(pos);
      while (c === SPACE || c === TAB) c = text.charCodeAt(++pos);
      if (c === NL) {
        pos++;
      } else if (c === CR && text.charCodeAt(pos + 1) === NL) {
        pos += 2;
      } else if (c === HASH) {
        pos = this.readComment(pos);
      } else {
        pos = this.readSample(pos);
      }
    }
    if (this.openMetrics && !this.eof) throw new LineError('data does not end with # EOF');
  }

  private readComment(pos: number): number {
    const text = this.text;
    let end = text.indexOf('\n', pos);
    const next = end === -1 ? text.length : end + 1;
    if (end === -1) end = text.length;
    if (text.charCodeAt(end - 1) === CR) end--;
    this.eof = applyCommentLine(text.slice(pos, end), this.openMetrics, this.families);
    // A declaration can change which family a name belongs to.
    this.lastName = '';
    return next;
  }

  /** Reads the metric name at `pos`; the common case is the previous line's name again. */
  private readName(pos: number): number {
    const text = this.text;
    const last = this.lastName;
    if (
      last !== '' &&
      text.slice(pos, pos + last.length) === last &&
      !isMetricNameChar(text.charCodeAt(pos + last.length))
    ) {
      return pos + last.length;
    }
    const c = text.charCodeAt(pos);
    if (!isMetricNameStart(c)) {
      if (c === LBRACE) throw new LineError('metric name not set');
      throw new LineError(`invalid metric name: unexpected ${describeChar(c)}`);
    }
    let i = pos + 1;
    while (isMetricNameChar(text.charCodeAt(i))) i++;
    this.switchName(text.slice(pos, i));
    return i;
  }

  private readSample(pos: number): number {
    const text = this.text;
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = text.length;
    const end = text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
    const nameEnd = this.readName(pos);
    let i = nameEnd;
    while (isBlank(text.charCodeAt(i))) i++;
    let labelSet = this.labelSets.empty;
    if (text.charCodeAt(i) === LBRACE) {
      labelSet = this.labelSets.read(text, i, end);
      i = this.labelSets.end;
      if (i < end && !isBlank(text.charCodeAt(i))) {
        throw new LineError(
          `expected a space after the label set, got ${describeChar(text.charCodeAt(i))}`,
        );
      }
    } else {
      this.labelSets.skip();
      if (i === nameEnd && i < end) {
        throw new LineError(`unexpected ${describeChar(text.charCodeAt(i))} after the metric name`);
      }
    }
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    const valueStart = i;
    while (i < end && !isBlank(text.charCodeAt(i))) i++;
    if (i === valueStart) throw new LineError('expected a value after the metric name');
    const value = parseFloatToken(text, valueStart, i);
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    let timestampMs: number | undefined;
    if (i < end) {
      const openMetrics = this.openMetrics;
      if (!openMetrics && text.charCodeAt(i) === HASH) {
        throw new LineError('unexpected "#" after the sample value (exemplars need OpenMetrics)');
      }
      if (text.charCodeAt(i) !== HASH) {
        const tsStart = i;
        while (i < end && !isBlank(text.charCodeAt(i))) i++;
        timestampMs = openMetrics
          ? parseSecondsTimestamp(text, tsStart, i)
          : parseIntegerTimestamp(text, tsStart, i);
        while (i < end && isBlank(text.charCodeAt(i))) i++;
      }
      if (openMetrics && i < end && text.charCodeAt(i) === HASH) i = this.skipExemplar(i, end);
      if (i < end) {
        throw new LineError(
          `unexpected ${describeChar(text.charCodeAt(i))} after the sample value`,
        );
      }
    }
    if (timestampMs === undefined) {
      if (this.lastSeen.has(labelSet)) {
        this.duplicates++;
        return lineEnd + 1;
      }
      this.lastSeen.add(labelSet);
      timestampMs = this.defaultTimestampMs;
    }
    this.samples.push({
      name: this.lastName,
      labels: labelSet.labels,
      value,
      timestampMs,
      family: this.lastFamily.name,
    });
    return lineEnd + 1;
  }

  private switchName(name: string): void {
    this.lastName = name;
    this.lastFamily = this.families.resolve(name);
    let seen = this.seenByName.get(name);
    if (seen === undefined) {
      seen = new Set();
      this.seenByName.set(name, seen);
    }
    this.lastSeen = seen;
  }

  /** Exemplars (` # {trace_id="…"} 1.0 123`) are checked for syntax and dropped. */
  private skipExemplar(pos: number, end: number): number {
    const text = this.text;
    let i = pos + 1;
    while (isBlank(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== LBRACE) throw new LineError('expected a label set after exemplar #');
    parseLabelSet(text, i, end, this.exemplarCursor);
    i = this.exemplarCursor.end;
    for (let token = 0; token < 2; token++) {
      while (i < end && isBlank(text.charCodeAt(i))) i++;
      const start = i;
      while (i < end && !isBlank(text.charCodeAt(i))) i++;
      if (start === i) {
        if (token === 0) throw new LineError('expected a value after the exemplar labels');
        break;
      }
      if (token === 0) parseFloatToken(text, start, i);
      else parseSecondsTimestamp(text, start, i);
    }
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    return i;
  }

  result(): PromTextParseResult {
    return { families: this.families.toMap(), samples: this.samples, duplicates: this.duplicates };
  }

  describeLine(): string {
    let end = this.text.indexOf('\n', this.lineStart);
    if (end === -1) end = this.text.length;
    const line = this.text.slice(this.lineStart, Math.min(end, this.lineStart + SNIPPET_CHARS));
    return JSON.stringify(line);
  }
}

/** A lone surrogate cannot be encoded as UTF-8; checked once here rather than per value. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

function assertWellFormed(text: string): void {
  const match = LONE_SURROGATE.exec(text);
  if (match === null) return;
  const line = text.slice(0, match.index).split('\n').length;
  throw new DecodeError(`line ${line}: invalid UTF-8 (lone surrogate)`);
}

/**
 * Parses Prometheus text exposition 0.0.4 or OpenMetrics 1.0. Malformed input fails the whole
 * parse with a DecodeError (400) naming the line, as a Prometheus scrape would; repeated series
 * lines are dropped and counted. Bytes are decoded as strict UTF-8 first.
 */
export function parsePrometheusText(
  input: string | Uint8Array,
  opts: PromParseOptions,
): PromTextParseResult {
  const text = typeof input === 'string' ? input : decodeExpositionBytes(input);
  assertWellFormed(text);
  const parser = new TextParser(text, opts.defaultTimestampMs, opts.format);
  try {
    parser.run();
  } catch (err) {
    if (!(err instanceof LineError)) throw err;
    throw new DecodeError(`line ${parser.line}: ${err.message} in ${parser.describeLine()}`);
  }
  return parser.result();
}
