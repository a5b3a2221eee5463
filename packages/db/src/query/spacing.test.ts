import { describe, expect, it } from 'vitest';

import { pairGapMs } from './spacing.ts';

describe('pairGapMs', () => {
  it('keeps the query bound for series that report at least that often', () => {
    expect(pairGapMs([0, 15_000, 30_000, 45_000, 60_000], 300_000)).toBe(300_000);
  });

  it('widens to 2.5 times the usual spacing of a sparse series', () => {
    expect(pairGapMs([0, 600_000, 1_200_000, 1_800_000], 300_000)).toBe(1_500_000);
  });

  it('ignores one long outage: the median spacing decides', () => {
    expect(pairGapMs([0, 15_000, 30_000, 3_630_000, 3_645_000], 300_000)).toBe(300_000);
  });

  it('needs a few gaps before it trusts a spacing', () => {
    expect(pairGapMs([0, 1_200_000, 2_400_000], 300_000)).toBe(300_000);
  });
});
