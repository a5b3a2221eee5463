import { alignDown, DAY_MS, parseDurationMs } from '../fleet/time.ts';

/** History resolution by age: up to `ageMs` old, one instant every `stepMs`. */
export type Tier = { readonly ageMs: number; readonly stepMs: number; readonly eventCap: number };

/** Events (spans, REPORT lines) per source and step: dense near now, thin far back. */
const EVENT_CAPS = [10, 4, 2, 1];

/** `1d:10m,7d:1h,90d:4h` → tiers, youngest first. */
export const parseTiers = (text: string): Tier[] => {
  const tiers = text.split(',').map((part, index) => {
    const [age = '', step = ''] = part.trim().split(':');

    return {
      ageMs: parseDurationMs(age),
      stepMs: parseDurationMs(step),
      eventCap: EVENT_CAPS[Math.min(index, EVENT_CAPS.length - 1)] ?? 1,
    };
  });
  tiers.forEach((tier, index) => {
    const previous = tiers[index - 1];
    if (tier.stepMs <= 0 || (previous !== undefined && tier.ageMs <= previous.ageMs)) {
      throw new Error(`invalid backfill tiers "${text}": ages must grow, steps be positive`);
    }
  });

  return tiers;
};

export type Instant = { readonly t: number; readonly stepMs: number; readonly eventCap: number };

/**
 * The instants to backfill in (fromMs, toMs), oldest first: each tier covers its age band on
 * its own step grid; history older than the last tier uses the last tier's step.
 */
export const planInstants = (fromMs: number, toMs: number, tiers: readonly Tier[]): Instant[] => {
  const instants: Instant[] = [];
  tiers.forEach((tier, index) => {
    const younger = tiers[index - 1];
    const start = index === tiers.length - 1 ? fromMs : Math.max(fromMs, toMs - tier.ageMs);
    const end = younger === undefined ? toMs : Math.min(toMs, toMs - younger.ageMs);
    for (let t = alignDown(start, tier.stepMs) + tier.stepMs; t < end; t += tier.stepMs) {
      instants.push({ t, stepMs: tier.stepMs, eventCap: tier.eventCap });
    }
  });

  return instants.sort((a, b) => a.t - b.t);
};

export const DEFAULT_TIERS = '1d:10m,7d:1h,90d:4h';
export const MAX_HISTORY_MS = 120 * DAY_MS;
