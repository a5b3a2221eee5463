import type { FleetContext } from './context.ts';
import { keyOf, unitAt } from './prng.ts';
import { DAY_MS } from './time.ts';
import type { EntityBase } from './types.ts';

/** Restarts are anchored this long before the origin, so history starts mid-uptime. */
export const LEAD_MS = 35 * DAY_MS;

export const appearsMs = (ctx: FleetContext, entity: EntityBase): number =>
  ctx.originMs + entity.appearsAt * ctx.spanDays * DAY_MS;

export const retiresMs = (ctx: FleetContext, entity: EntityBase): number =>
  entity.retiresAt === undefined
    ? Number.POSITIVE_INFINITY
    : ctx.originMs + entity.retiresAt * ctx.spanDays * DAY_MS;

export const isActiveAt = (ctx: FleetContext, entity: EntityBase, t: number): boolean =>
  t >= appearsMs(ctx, entity) && t < retiresMs(ctx, entity);

/**
 * The last (re)start at or before `t`: restarts come every `restartEveryDays` with a jitter of
 * up to half a period, and never before the entity appeared. Counters count from here.
 */
export const lastStartAt = (ctx: FleetContext, entity: EntityBase, t: number): number => {
  const period = entity.restartEveryDays * DAY_MS;
  const anchor = ctx.originMs - LEAD_MS;
  const key = keyOf(ctx.seed, entity.id, 'restart');
  const restartOf = (k: number) => anchor + k * period + unitAt(key, k) * 0.5 * period;
  const k = Math.floor((t - anchor) / period);
  const restart = restartOf(k) <= t ? restartOf(k) : restartOf(k - 1);

  return Math.max(Math.floor(restart), Math.floor(appearsMs(ctx, entity)));
};
