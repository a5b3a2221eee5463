import { describe, expect, it } from 'vitest';

import { capPerMinute } from './cap-per-minute.ts';

describe('capPerMinute', () => {
  it('keeps quiet minutes whole and thins a burst evenly', () => {
    const quiet = [0, 20_000, 40_000].map((tsMs) => ({ tsMs }));
    const burst = Array.from({ length: 100 }, (_, i) => ({ tsMs: 60_000 + i * 100 }));
    const kept = capPerMinute([...quiet, ...burst], 10);
    expect(kept.slice(0, 3)).toEqual(quiet);
    expect(kept.slice(3).map((row) => row.tsMs)).toEqual(
      Array.from({ length: 10 }, (_, i) => 60_000 + i * 1000),
    );
  });
});
