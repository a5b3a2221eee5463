import { describe, expect, it } from 'vitest';

import { DAY_MS, HOUR_MS, MINUTE_MS } from '../fleet/time.ts';
import { DEFAULT_TIERS, parseTiers, planInstants } from './schedule.ts';

const NOW = Date.UTC(2025, 5, 1, 12, 7);

describe('backfill schedule', () => {
  it('parses tiers, youngest first', () => {
    expect(
      parseTiers(DEFAULT_TIERS).map(({ ageMs, stepMs }) => [ageMs / HOUR_MS, stepMs / MINUTE_MS]),
    ).toEqual([
      [24, 10],
      [168, 60],
      [2160, 240],
    ]);
    expect(() => parseTiers('7d:1h,1d:10m')).toThrow(/ages must grow/);
  });

  it('is dense near now and sparse far back, on each tier’s grid, oldest first', () => {
    const instants = planInstants(NOW - 90 * DAY_MS, NOW, parseTiers(DEFAULT_TIERS));
    const times = instants.map(({ t }) => t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(times.every((t) => t > NOW - 90 * DAY_MS && t < NOW)).toBe(true);
    expect(instants.filter(({ t }) => t >= NOW - DAY_MS)).toHaveLength(144);
    expect(instants.every(({ t, stepMs }) => t % stepMs === 0)).toBe(true);
    expect(instants.length).toBeGreaterThan(700);
    expect(instants.length).toBeLessThan(850);
    expect(instants[0]?.eventCap).toBeLessThan(instants.at(-1)?.eventCap ?? 0);
  });
});
