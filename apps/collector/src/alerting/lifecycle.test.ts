import { describe, expect, it } from 'vitest';

import { stepAlert } from './lifecycle.ts';
import type { ActiveAlert } from './types.ts';

const MINUTE = 60_000_000_000n;
const timings = { forNs: 10n * MINUTE, resolveForNs: 15n * MINUTE };
const alert = (overrides: Partial<ActiveAlert>): ActiveAlert => ({
  id: 1,
  ruleId: 1,
  fingerprint: 'f',
  state: 'pending',
  activeSinceNs: 0n,
  firedAtNs: null,
  clearSinceNs: null,
  ...overrides,
});

describe('stepAlert', () => {
  it('starts pending, fires after the for duration, never before', () => {
    expect(stepAlert(undefined, 'firing', 0n, timings)).toEqual({
      action: 'start',
      state: 'pending',
    });
    expect(stepAlert(alert({}), 'firing', 9n * MINUTE, timings).action).toBe('keep');
    expect(stepAlert(alert({}), 'firing', 10n * MINUTE, timings)).toEqual({ action: 'fire' });
  });

  it('fires at once without a for duration', () => {
    expect(stepAlert(undefined, 'firing', 0n, { ...timings, forNs: 0n })).toEqual({
      action: 'start',
      state: 'firing',
    });
  });

  it('drops a pending alert whose condition lapses, starts nothing on hold or clear', () => {
    expect(stepAlert(alert({}), 'hold', MINUTE, timings)).toEqual({ action: 'drop' });
    expect(stepAlert(undefined, 'hold', MINUTE, timings)).toEqual({ action: 'none' });
    expect(stepAlert(undefined, 'clear', MINUTE, timings)).toEqual({ action: 'none' });
  });

  it('resolves a firing alert only after staying clear for the resolve hold', () => {
    const firing = alert({ state: 'firing', firedAtNs: 0n });
    expect(stepAlert(firing, 'clear', 20n * MINUTE, timings)).toEqual({
      action: 'keep',
      clearSinceNs: 20n * MINUTE,
    });
    const clearing = { ...firing, clearSinceNs: 20n * MINUTE };
    expect(stepAlert(clearing, 'clear', 34n * MINUTE, timings).action).toBe('keep');
    expect(stepAlert(clearing, 'clear', 35n * MINUTE, timings)).toEqual({ action: 'resolve' });
  });

  it('restarts the resolve hold when the condition returns or hovers', () => {
    const clearing = alert({ state: 'firing', firedAtNs: 0n, clearSinceNs: 20n * MINUTE });
    expect(stepAlert(clearing, 'hold', 40n * MINUTE, timings)).toEqual({
      action: 'keep',
      clearSinceNs: null,
    });
    expect(stepAlert(clearing, 'firing', 40n * MINUTE, timings)).toEqual({
      action: 'keep',
      clearSinceNs: null,
    });
  });
});
