import { describe, expect, it } from 'vitest';

import { toLabelKey } from '../labels.ts';
import { createLabelKeys } from './label-keys.ts';

describe('createLabelKeys', () => {
  it('gives toLabelKey of a map, computed once per map', () => {
    const keyOf = createLabelKeys();
    const labels = { b: '2', a: '1' };
    const key = keyOf(labels);
    expect(key).toBe(toLabelKey(labels));
    expect(keyOf({ a: '1', b: '2' })).toBe(key);
    labels.a = 'changed';
    expect(keyOf(labels)).toBe(key);
  });
});
