import { describe, expect, it } from 'vitest';

import { parsePrometheusText } from './parse.ts';

const prom = (text: string) => parsePrometheusText(text, { format: 'prometheus' });

describe('parsePrometheusText: spellings of one label set', () => {
  it('shares one map among unsorted sets written in one order', () => {
    const result = prom('a{b="1",a="2"} 1\nc{b="1",a="2"} 2\nc{b="3",a="2"} 3\n');
    const [first, second, third] = result.samples;
    expect(first?.labels).toBe(second?.labels);
    expect(third?.labels).not.toBe(first?.labels);
    expect(Object.keys(first?.labels ?? {})).toEqual(['b', 'a']);
  });

  it.each([
    ['an unsorted set, then the same set sorted', 'a{b="1",a="2"} 1\na{a="2",b="1"} 2\n'],
    ['a sorted set, then the same set unsorted', 'a{a="2",b="1"} 1\na{b="1",a="2"} 2\n'],
    ['an unsorted set, then the same set spaced', 'a{b="1",a="2"} 1\na{b="1", a="2"} 2\n'],
    ['a spaced set, then the same set unsorted', 'a{ b="1",a="2"} 1\na{b="1",a="2",} 2\n'],
    ['sets of other names in between', 'a{b="1",a="2"} 1\nx{y="1"} 1\na{a="2",b="1"} 2\n'],
  ])('finds the duplicate of %s', (_, text) => {
    const result = prom(text);
    expect(result.samples.map((sample) => sample.value)).not.toContain(2);
    expect(result.duplicates).toBe(1);
  });

  it('unifies sets read before a second order appeared', () => {
    const text = 'a{b="1",a="2"} 1\na{b="3",a="4"} 2\nc{a="2",b="1"} 3\nc{a="4",b="3"} 4\n';
    const [a1, a2, c1, c2] = prom(text).samples;
    expect(c1?.labels).toBe(a1?.labels);
    expect(c2?.labels).toBe(a2?.labels);
  });

  it('tells sets apart whose names differ only in order and values', () => {
    const result = prom('a{b="1",a="2"} 1\na{a="1",b="2"} 2\n');
    expect(result.samples).toHaveLength(2);
    expect(result.duplicates).toBe(0);
  });
});
