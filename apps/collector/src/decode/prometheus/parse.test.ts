import { describe, expect, it } from 'vitest';

import { parsePrometheusText } from './parse.ts';

const prom = (text: string, defaultTimestampMs?: number) =>
  parsePrometheusText(text, { format: 'prometheus', defaultTimestampMs });
const om = (text: string) => parsePrometheusText(text, { format: 'openmetrics' });

describe('parsePrometheusText: exposition quirks that real exporters emit', () => {
  it('keeps families declared without samples, and HELP without text', () => {
    const result = prom('# HELP a\n# HELP b \n# TYPE b counter\n# TYPE c gauge\n');
    expect(result.samples).toEqual([]);
    expect([...result.families.values()]).toEqual([
      { name: 'a', type: 'untyped', help: '' },
      { name: 'b', type: 'counter', help: '' },
      { name: 'c', type: 'gauge' },
    ]);
  });

  it('ignores other comments, blank lines, CRLF and a missing final newline', () => {
    const text = '# NOTE exported by a sidecar\n#\n#no space\n\n  \r\na 1\r\n\n\nb 2';
    expect(prom(text).samples.map((s) => [s.name, s.value])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('unescapes HELP text and keeps UTF-8', () => {
    const result = prom('# HELP t Température °C\\nline two \\\\ "quoted"\nt 1\n');
    expect(result.families.get('t')?.help).toBe('Température °C\nline two \\ "quoted"');
    expect(om('# HELP t a \\"b\\"\n# EOF\n').families.get('t')?.help).toBe('a "b"');
  });

  it('accepts spaces around label tokens, a trailing comma and tabs', () => {
    const result = prom('a {x="1", y = "2" ,} 3\nb{x="1",y="2",}\t4\t1700000000000\n');
    expect(result.samples.map((s) => ({ ...s.labels }))).toEqual([
      { x: '1', y: '2' },
      { x: '1', y: '2' },
    ]);
    expect(result.samples[1]?.timestampMs).toBe(1700000000000);
  });

  it('reads label values with spaces and escapes exactly', () => {
    const text =
      'msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9\n' +
      'x{v="a b  c",w="\\q kept",n=""} 1\n';
    const [first, second] = prom(text).samples;
    expect(first?.labels.path).toBe('C:\\DIR\\FILE.TXT');
    expect(first?.labels.error).toBe('Cannot find file:\n"FILE.TXT"');
    expect(first?.value).toBe(1458255915);
    expect(second?.labels).toEqual({ v: 'a b  c', w: '\\q kept', n: '' });
  });

  it('accepts mixed-case label names and metric names with colons', () => {
    const text =
      ':tensorflow:serving:request_count{UUID="G",Hostname="h",modelName="m"} 2\nvllm:x 1\n';
    const [tf, vllm] = prom(text).samples;
    expect(tf?.name).toBe(':tensorflow:serving:request_count');
    expect(tf?.labels).toEqual({ UUID: 'G', Hostname: 'h', modelName: 'm' });
    expect(vllm?.name).toBe('vllm:x');
  });

  it('parses exponents, signs, NaN and infinities', () => {
    const values = prom(
      'a 1.686306e+06\nb -2.5E-3\nc NaN\nd +Inf\ne -Inf\nf Inf\ng 12345678901234567890\nh .5\ni 7.\n',
    ).samples.map((s) => s.value);
    expect(values).toEqual([
      1686306,
      -0.0025,
      Number.NaN,
      Infinity,
      -Infinity,
      Infinity,
      Number('12345678901234567890'),
      0.5,
      7,
    ]);
  });

  it('reads timestamps as ms in Prometheus text and as seconds in OpenMetrics', () => {
    expect(prom('a 1 1395066363000\nb 1 -5\n').samples.map((s) => s.timestampMs)).toEqual([
      1395066363000, -5,
    ]);
    expect(om('a 1 1395066363.123\nb 1 -1.5\n# EOF\n').samples.map((s) => s.timestampMs)).toEqual([
      1395066363123, -1500,
    ]);
  });

  it('gives samples without a timestamp the default one', () => {
    const result = prom('a 1\nb 2 5\n', 1700000000000);
    expect(result.samples.map((s) => s.timestampMs)).toEqual([1700000000000, 5]);
  });

  it('drops OpenMetrics exemplars and keeps the sample', () => {
    const result = om('# TYPE foo counter\nfoo_total 17 # {trace_id="abc"} 1.0 123\n# EOF\n');
    expect(result.samples).toEqual([
      { name: 'foo_total', labels: {}, value: 17, timestampMs: undefined, family: 'foo' },
    ]);
  });

  it('assigns suffixed samples to the declared family, never by suffix alone', () => {
    const text = [
      '# TYPE h histogram',
      'h_bucket{le="+Inf"} 2',
      'h_sum 3',
      'h_count 2',
      '# TYPE s summary',
      's{quantile="0.5"} 1',
      's_count 2',
      's_sum 4',
      'requests_total 5',
      '# TYPE g gauge',
      'g_count 1',
      '',
    ].join('\n');
    const result = prom(text);
    expect(result.samples.map((s) => [s.name, s.family])).toEqual([
      ['h_bucket', 'h'],
      ['h_sum', 'h'],
      ['h_count', 'h'],
      ['s', 's'],
      ['s_count', 's'],
      ['s_sum', 's'],
      ['requests_total', 'requests_total'],
      ['g_count', 'g_count'],
    ]);
    expect(result.families.get('requests_total')?.type).toBe('untyped');
    expect(result.families.get('g_count')?.type).toBe('untyped');
  });

  it('types undeclared OpenMetrics families as unknown', () => {
    expect(om('x 1\n# EOF\n').families.get('x')?.type).toBe('unknown');
  });

  it('keeps the first of repeated series lines and counts the rest', () => {
    const text =
      'a{x="1",y="2"} 1\na{x="1",y="2"} 2\na{y="2", x="1"} 3\nb{x="1",y="2"} 4\na 5\na{} 6\n';
    const result = prom(text);
    expect(result.samples.map((s) => [s.name, s.value])).toEqual([
      ['a', 1],
      ['b', 4],
      ['a', 5],
    ]);
    expect(result.duplicates).toBe(3);
  });

  it('does not treat lines with their own timestamps as duplicates', () => {
    const result = prom('a 1 1000\na 2 2000\n');
    expect(result.samples).toHaveLength(2);
    expect(result.duplicates).toBe(0);
  });

  it('reads bytes as UTF-8', () => {
    const bytes = new TextEncoder().encode('a{city="Zürich"} 1\n');
    expect(parsePrometheusText(bytes, { format: 'prometheus' }).samples[0]?.labels.city).toBe(
      'Zürich',
    );
  });

  it('stores labels in maps without a prototype, shared by equal label sets', () => {
    const result = prom('a{__proto__="x",constructor="y"} 1\nb{constructor="y",__proto__="x"} 2\n');
    const [a, b] = result.samples;
    expect(Object.getPrototypeOf(a?.labels)).toBeNull();
    expect(Object.keys(a?.labels ?? {})).toEqual(['__proto__', 'constructor']);
    expect(a?.labels).toBe(b?.labels);
    expect(Reflect.get({}, 'x')).toBeUndefined();
  });
});

describe('parsePrometheusText: label sets that differ only early', () => {
  it('stays linear when thousands of sets share their last characters', () => {
    const lines = Array.from(
      { length: 20_000 },
      (_, i) =>
        `up{instance="10.0.${i >> 8}.${i & 255}:9100",job="node-exporter-on-a-long-job-name"} 1`,
    );
    const text = `${lines.join('\n')}\n${lines.join('\n')}\n`;
    const started = performance.now();
    const result = prom(text);
    expect(result.samples).toHaveLength(20_000);
    expect(result.duplicates).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
