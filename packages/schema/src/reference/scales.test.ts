import { describe, expect, it } from 'vitest';
import { ZClaim } from './claims.ts';
import { levelCell, monthsCell, percentCell, usdCell } from './cells.ts';
import { findStartupBand, LEVELS, RESOURCE_LEVELS } from './scales.ts';

describe('findStartupBand', () => {
  it.each([
    [0.0005, undefined],
    [0.001, 'milliseconds'],
    [0.999, 'milliseconds'],
    [1, 'seconds'],
    [59.9, 'seconds'],
    [60, 'minutes'],
    [3600, 'minutes'],
    [NaN, undefined],
  ])('puts %s s in %s', (seconds, band) => {
    expect(findStartupBand(seconds)).toBe(band);
  });
});

describe('scales and cell builders', () => {
  it('keeps ranks dense and unique within each scale', () => {
    const scales: Record<string, { rank: number }>[] = [RESOURCE_LEVELS, ...Object.values(LEVELS)];
    for (const scale of scales) {
      const ranks = Object.values(scale)
        .map((entry) => entry.rank)
        .sort((a, b) => a - b);
      expect(ranks).toEqual(ranks.map((_, index) => index));
    }
  });

  it('parses money, percentages and months', () => {
    expect(usdCell('$1.5B').claim).toEqual({ kind: 'usd', value: 1.5e9 });
    expect(usdCell('$50M').claim).toEqual({ kind: 'usd', value: 5e7 });
    expect(percentCell('300%', false).claim).toEqual({ kind: 'fraction', value: 3 });
    expect(monthsCell('36个月').claim).toEqual({
      kind: 'duration',
      seconds: 94_670_856,
      months: 36,
    });
  });

  it('produces claims that satisfy ZClaim', () => {
    const claims = [
      levelCell('outlook', '不确定').claim,
      usdCell('$12B').claim,
      percentCell('5%', true).claim,
    ];
    for (const claim of claims) expect(ZClaim.safeParse(claim).success).toBe(true);
  });
});
