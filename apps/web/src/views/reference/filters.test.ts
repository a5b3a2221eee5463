import { describe, expect, it } from 'vitest';

import { alignWindow, readFilters, withFilter } from './filters.ts';

describe('reference filters', () => {
  it('reads matrix and verdict from the URL, unknown values meaning all', () => {
    expect(readFilters(new URLSearchParams('matrix=features&verdict=deviates'))).toEqual({
      matrix: 'features',
      verdict: 'deviates',
    });
    expect(readFilters(new URLSearchParams('matrix=nope&verdict=maybe'))).toEqual({
      matrix: null,
      verdict: null,
    });
  });

  it('sets or removes one filter and keeps the time range', () => {
    const params = new URLSearchParams('from=now-24h&to=now&verdict=consistent');
    expect(withFilter(params, 'matrix', 'maturity')).toBe(
      'from=now-24h&to=now&verdict=consistent&matrix=maturity',
    );
    expect(withFilter(params, 'verdict', null)).toBe('from=now-24h&to=now');
  });

  it('aligns the window to whole minutes, never to an empty one', () => {
    expect(alignWindow({ fromMs: 3_600_500, toMs: 7_259_999 })).toEqual({
      fromMs: 3_600_000,
      toMs: 7_200_000,
    });
    expect(alignWindow({ fromMs: 60_100, toMs: 60_900 })).toEqual({ fromMs: 60_100, toMs: 60_900 });
  });
});
