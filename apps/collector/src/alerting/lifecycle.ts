import type { ActiveAlert, AlertTimings, Condition } from './types.ts';

export type Step =
  | { action: 'none' }
  | { action: 'start'; state: 'pending' | 'firing' }
  | { action: 'fire' }
  | { action: 'keep'; clearSinceNs: bigint | null }
  | { action: 'drop' }
  | { action: 'resolve' };

/**
 * pending → firing → resolved, as Prometheus runs it, plus a resolve hold: a pending alert
 * whose condition lapses is dropped (it never notified); a firing alert resolves only after
 * its condition has been clear for `resolveForNs`, and the hysteresis band (`hold`) neither
 * starts nor resolves anything, so a value hovering at the threshold cannot flap.
 */
export const stepAlert = (
  current: ActiveAlert | undefined,
  condition: Condition,
  atNs: bigint,
  timings: AlertTimings,
): Step => {
  if (current === undefined) {
    if (condition !== 'firing') return { action: 'none' };

    return { action: 'start', state: timings.forNs <= 0n ? 'firing' : 'pending' };
  }
  if (current.state === 'pending') {
    if (condition !== 'firing') return { action: 'drop' };

    return atNs - current.activeSinceNs >= timings.forNs
      ? { action: 'fire' }
      : { action: 'keep', clearSinceNs: null };
  }
  if (condition !== 'clear') return { action: 'keep', clearSinceNs: null };
  const clearSinceNs = current.clearSinceNs ?? atNs;

  return atNs - clearSinceNs >= timings.resolveForNs
    ? { action: 'resolve' }
    : { action: 'keep', clearSinceNs };
};
