/** One sample line of Prometheus text format. */
export type TextSample = {
  readonly name: string;
  readonly labels: readonly (readonly [string, string])[];
  readonly value: number;
  readonly timestampMs?: number;
};

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,?)/;
const VALUE = /^\s+(\S+)(?:\s+(-?\d+))?\s*$/;
const COMMENT = /^#\s*(HELP|TYPE)\s+([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\s+(.*))?$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

const unescape = (value: string): string =>
  value.replace(/\\(n|\\|")/g, (_, c: string) => (c === 'n' ? '\n' : c));

const parseNumber = (text: string, line: number): number => {
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  if (text === 'NaN') return Number.NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
    throw new Error(`line ${line}: invalid value "${text}"`);
  }

  return Number(text);
};

/**
 * A strict reader for the text format 0.0.4 the simulator writes: names, escaped label values,
 * values (exponents, NaN, ±Inf), optional timestamps, HELP/TYPE and free comments. It throws
 * on anything else; the remote-write path uses it to turn an exposition back into series.
 */
export const parseText = (text: string): TextSample[] => {
  const samples: TextSample[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('#')) {
      const comment = COMMENT.exec(raw);
      if (comment?.[1] === 'TYPE' && !TYPES.has((comment[3] ?? '').trim())) {
        throw new Error(`line ${line}: unknown type "${comment[3] ?? ''}"`);
      }

      return;
    }
    const name = NAME.exec(raw)?.[0];
    if (name === undefined) throw new Error(`line ${line}: no metric name in "${raw}"`);
    let rest = raw.slice(name.length).replace(/^ (?=\{)/, '');
    const labels: (readonly [string, string])[] = [];
    if (rest.startsWith('{')) {
      rest = rest.slice(1);
      while (!rest.trimStart().startsWith('}')) {
        const label = LABEL.exec(rest);
        if (label?.[1] === undefined || label[2] === undefined) {
          throw new Error(`line ${line}: bad label set in "${raw}"`);
        }
        labels.push([label[1], unescape(label[2])]);
        rest = rest.slice(label[0].length);
        if (label[3] !== ',' && !rest.trimStart().startsWith('}')) {
          throw new Error(`line ${line}: missing comma in "${raw}"`);
        }
      }
      rest = rest.trimStart().slice(1);
    }
    const value = VALUE.exec(rest);
    if (value?.[1] === undefined) throw new Error(`line ${line}: bad sample "${raw}"`);
    samples.push({
      name,
      labels,
      value: parseNumber(value[1], line),
      ...(value[2] === undefined ? {} : { timestampMs: Number(value[2]) }),
    });
  });

  return samples;
};
