import { describe, expect, it } from 'vitest';

import { DecodeError } from '../types.ts';
import { parsePrometheusText } from './parse.ts';

function errorOf(input: string | Uint8Array, format: 'prometheus' | 'openmetrics'): DecodeError {
  try {
    parsePrometheusText(input, { format });
  } catch (err) {
    if (err instanceof DecodeError) return err;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(input)} to fail`);
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part)] : part)),
  );

describe('parsePrometheusText: malformed input fails the whole parse (TestPromParseErrors)', () => {
  it.each([
    ['a', /line 1: expected a value after the metric name/],
    ['a true\n', /line 1: invalid float "true" in "a true"/],
    ['foo 1_2\n', /unsupported character in float "1_2"/],
    ['foo 0x1p-3\n', /unsupported character in float "0x1p-3"/],
    ['foo 0x1P-3\n', /unsupported character in float/],
    ["a{b='c'} 1\n", /expected '"' to start the value of label "b", got "'"/],
    ['a{b=\n', /expected '"' to start the value of label "b", got end of line/],
    ['something_weird{problem="', /unterminated value of label "problem"/],
    ['empty_label_name{=""} 0', /expected label name, got "="/],
    ['{a="ok"} 1\n', /metric name not set/],
    ['a 1 1 1\n', /line 1: unexpected "1" after the sample value/],
    ['a 1 1.5\n', /invalid timestamp "1.5"/],
    ['a{b="c"}1\n', /expected a space after the label set/],
    ['a{b="1",b="2"} 1\n', /duplicate label name "b"/],
    ['a{b="1",c="1"} 1\na{c="1",b="1",c="2"} 1\n', /line 2: duplicate label name "c"/],
    ['a{p="1",q="1",x="1"} 1\na{x="1",y="1"} 1\na{x="1",y="1",x="2"} 1\n', /line 3: duplicate/],
    ['a{__name__="b"} 1\n', /label name "__name__" is reserved/],
    ['a{b="c" d="e"} 1\n', /expected ',' or '}' after the value of label "b", got "d"/],
    ['a{"b"="c"} 1\n', /quoted label names are not supported/],
    ['a-b 1\n', /unexpected "-" after the metric name/],
    ['a 1 # {x="y"} 1\n', /unexpected "#" after the sample value/],
    ['# TYPE a meter\n', /invalid metric type "meter"/],
    ['# HELP a{ x\n', /invalid metric name "a\{" in HELP line/],
    ['a 1\n# TYPE a gauge\n', /line 2: TYPE line for metric "a" after its samples/],
    ['h_bucket{le="1"} 1\n# TYPE h histogram\n', /TYPE line for metric "h" after its samples/],
    ['# TYPE a gauge\n# TYPE a counter\n', /line 2: second TYPE line for metric "a"/],
    ['# HELP a x\n# HELP a y\n', /line 2: second HELP line for metric "a"/],
    ['ok 1\nok2 2\nbad value\n', /^line 3: invalid float "value"/],
    ['a{b="\uD800"} 1\n', /line 1: invalid UTF-8/],
  ])('%j', (input, message) => {
    const error = errorOf(input, 'prometheus');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it('refuses invalid UTF-8 bytes in a label value or name, naming the line', () => {
    expect(errorOf(bytes('ok 1\na{b="', [0xff], '"} 1\n'), 'prometheus').message).toBe(
      'line 2: invalid UTF-8',
    );
    expect(errorOf(bytes('a{', [0xff], '="foo"} 1\n'), 'prometheus').message).toBe(
      'line 1: invalid UTF-8',
    );
  });
});

describe('parsePrometheusText: OpenMetrics rules (TestOpenMetricsParseErrors)', () => {
  it.each([
    ['', /data does not end with # EOF/],
    ['metric 1\n', /line 1: data does not end with # EOF/],
    ['# EOF\na 1', /line 2: unexpected data after # EOF/],
    ['# EOF\n\n', /unexpected data after # EOF/],
    ['#EOF\n', /expected a space after '#'/],
    ['# EOF extra\n', /unexpected text after # EOF/],
    ['# TYPE u untyped\n# EOF\n', /invalid metric type "untyped"/],
    ['# UNIT metric suffix\n# EOF\n', /unit "suffix" is not a suffix of metric name "metric"/],
    ['foo_total 1\n# TYPE foo counter\n# EOF\n', /TYPE line for metric "foo" after its samples/],
    ['a 1 # {b="c"}\n# EOF\n', /expected a value after the exemplar labels/],
    ['a 1 # x\n# EOF\n', /expected a label set after exemplar #/],
    ['a 1 abc\n# EOF\n', /invalid float "abc"/],
  ])('%j', (input, message) => {
    expect(errorOf(input, 'openmetrics').message).toMatch(message);
  });

  it('accepts # EOF without a final newline', () => {
    expect(parsePrometheusText('a 1\n# EOF', { format: 'openmetrics' }).samples).toHaveLength(1);
  });
});
