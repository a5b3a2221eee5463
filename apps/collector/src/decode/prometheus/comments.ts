import type { PromMetricType } from '../types.ts';
import { BACKSLASH, LineError, isBlank, isMetricNameChar, isMetricNameStart } from './chars.ts';
import type { FamilyRegistry } from './families.ts';

const PROMETHEUS_TYPES: ReadonlySet<PromMetricType> = new Set<PromMetricType>([
  'counter',
  'gauge',
  'histogram',
  'summary',
  'untyped',
]);

const OPENMETRICS_TYPES: ReadonlySet<PromMetricType> = new Set<PromMetricType>([
  'counter',
  'gauge',
  'histogram',
  'gaugehistogram',
  'summary',
  'info',
  'stateset',
  'unknown',
]);

function isKnownType(type: string, known: ReadonlySet<string>): type is PromMetricType {
  return known.has(type);
}

/** HELP escapes: `\\` and `\n` in both formats, `\"` too in OpenMetrics; others stay as-is. */
function unescapeHelp(raw: string, openMetrics: boolean): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const next = raw[i + 1];
    if (c === BACKSLASH && (next === '\\' || next === 'n' || (openMetrics && next === '"'))) {
      out += next === 'n' ? '\n' : next;
      i++;
    } else {
      out += raw[i];
    }
  }
  return out;
}

function readWord(line: string, start: number): { word: string; end: number } {
  let end = start;
  while (end < line.length && !isBlank(line.charCodeAt(end))) end++;
  return { word: line.slice(start, end), end };
}

function skipBlanks(line: string, i: number): number {
  while (isBlank(line.charCodeAt(i))) i++;
  return i;
}

function readMetricName(
  line: string,
  start: number,
  keyword: string,
): { name: string; end: number } {
  const { word, end } = readWord(line, start);
  let valid = word !== '' && isMetricNameStart(word.charCodeAt(0));
  for (let i = 1; valid && i < word.length; i++) valid = isMetricNameChar(word.charCodeAt(i));
  if (!valid) throw new LineError(`invalid metric name "${word}" in ${keyword} line`);
  return { name: word, end };
}

/**
 * Handles one comment line (without its line break). Returns true for the OpenMetrics `# EOF`.
 * Comments other than HELP/TYPE/UNIT, such as `# NOTE ...`, are ignored in both formats.
 */
export function applyCommentLine(
  line: string,
  openMetrics: boolean,
  families: FamilyRegistry,
): boolean {
  if (line.length > 1 && !isBlank(line.charCodeAt(1))) {
    if (openMetrics) throw new LineError(`expected a space after '#', got "${line}"`);
    return false;
  }
  const { word: keyword, end } = readWord(line, skipBlanks(line, 1));
  if (openMetrics && keyword === 'EOF') {
    if (skipBlanks(line, end) !== line.length) throw new LineError('unexpected text after # EOF');
    return true;
  }
  const isUnit = openMetrics && keyword === 'UNIT';
  if (keyword !== 'HELP' && keyword !== 'TYPE' && !isUnit) return false;
  const nameStart = skipBlanks(line, end);
  if (nameStart === line.length) {
    if (openMetrics) throw new LineError(`expected a metric name after ${keyword}`);
    return false;
  }
  const { name, end: nameEnd } = readMetricName(line, nameStart, keyword);
  const rest = line.slice(skipBlanks(line, nameEnd));
  if (keyword === 'HELP') {
    families.declareHelp(name, unescapeHelp(rest, openMetrics));
  } else if (keyword === 'TYPE') {
    const type = rest.trimEnd();
    const known = openMetrics ? OPENMETRICS_TYPES : PROMETHEUS_TYPES;
    if (!isKnownType(type, known)) throw new LineError(`invalid metric type "${type}"`);
    families.declareType(name, type);
  } else {
    families.declareUnit(name, rest.trimEnd());
  }
  return false;
}
