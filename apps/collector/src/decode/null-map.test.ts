import { describe, expect, it } from 'vitest';

import { createNullMap } from './null-map.ts';

describe('createNullMap', () => {
  it('has no prototype, so special keys are ordinary keys', () => {
    const map = createNullMap<string>();
    for (const key of ['__proto__', 'constructor']) map[key] = `${key} value`;
    expect(Object.getPrototypeOf(map)).toBeNull();
    expect(Object.keys(map)).toEqual(['__proto__', 'constructor']);
    expect(map.__proto__).toBe('__proto__ value');
    expect('toString' in map).toBe(false);
    expect(Reflect.get({}, 'constructor')).toBe(Object);
  });
});
