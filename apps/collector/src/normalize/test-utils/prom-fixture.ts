import type {
  PromFamily,
  PromMetricType,
  PromParseResult,
  PromSample,
} from '../../decode/types.ts';

/**
 * Test shorthand for Prometheus exposition text: TYPE lines and `name{a="b"} value [ms]`
 * sample lines, families resolved the way the decoder does (exact typed name, else a typed
 * family the suffix belongs to, else an untyped family of its own). Parsing quirks are the
 * decoder's tests' business; these fixtures are about names, types, units and labels.
 */
const SUFFIXES: Partial<Record<PromMetricType, readonly string[]>> = {
  counter: ['_total', '_created'],
  histogram: ['_bucket', '_sum', '_count', '_created'],
  summary: ['_sum', '_count', '_created'],
};

const SAMPLE = /^([^\s{]+)\s*(?:\{(.*)\})?\s+(\S+)(?:\s+(\d+))?$/;
const LABEL = /([A-Za-z_][A-Za-z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"/g;

const toNumber = (text: string): number => {
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;

  return Number(text);
};

export const parseFixture = (text: string): PromParseResult => {
  const families = new Map<string, PromFamily>();
  const samples: PromSample[] = [];
  const familyOf = (name: string): string => {
    if (families.has(name)) return name;
    for (const [familyName, family] of families) {
      const suffix = name.slice(familyName.length);
      if (name.startsWith(familyName) && SUFFIXES[family.type]?.includes(suffix)) return familyName;
    }
    families.set(name, { name, type: 'untyped' });

    return name;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type?.[1] && type[2]) {
      families.set(type[1], { name: type[1], type: type[2] as PromMetricType });
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match?.[1] || match[3] === undefined) throw new Error(`bad fixture line: ${line}`);
    const labels: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [, name = '', value = ''] of (match[2] ?? '').matchAll(LABEL)) labels[name] = value;
    const sample: PromSample = {
      name: match[1],
      labels,
      value: toNumber(match[3]),
      family: familyOf(match[1]),
    };
    if (match[4] !== undefined) sample.timestampMs = Number(match[4]);
    samples.push(sample);
  }

  return { families, samples };
};
