import { describe, expect, it } from 'vitest';

import { parseMatchers } from './parse-matchers.ts';

describe('parseMatchers', () => {
  it('reads name=value pairs separated by commas, quotes optional', () => {
    expect(parseMatchers('platform=aws-lambda, node="edge-1"')).toEqual([
      { name: 'platform', value: 'aws-lambda' },
      { name: 'node', value: 'edge-1' },
    ]);
    expect(parseMatchers('  ')).toEqual([]);
  });

  it('refuses a part that is not a label name and a value', () => {
    expect(parseMatchers('platform')).toBeUndefined();
    expect(parseMatchers('1bad=x')).toBeUndefined();
  });
});
