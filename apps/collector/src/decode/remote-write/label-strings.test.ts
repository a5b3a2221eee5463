import { describe, expect, it } from 'vitest';

import { LabelStrings } from './label-strings.ts';

describe('LabelStrings', () => {
  const bytes = new TextEncoder().encode('jobnodejobnodejobapi');
  bytes.set([0xff], bytes.length - 1);

  it('reuses the string of the same slot when the bytes repeat', () => {
    const strings = new LabelStrings(bytes);
    strings.nextSeries();
    const name = strings.read(0, 3);
    expect(strings.read(3, 7)).toBe('node');
    strings.nextSeries();
    expect(strings.read(7, 10)).toBe(name);
    expect(strings.read(10, 14)).toBe('node');
    strings.nextSeries();
    expect(strings.read(14, 17)).toBe('job');
    expect(strings.read(17, 20)).toBeNull();
  });
});
