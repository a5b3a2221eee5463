import type { FleetContext } from './context.ts';
import { timelineAt } from './context.ts';
import { clamp, normalAt } from './distributions.ts';
import { keyOf, unitAt } from './prng.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time.ts';
import type { EntityBase } from './types.ts';

/** 1970-01-01 was a Thursday: day index 4 in getUTCDay terms. */
const EPOCH_WEEKDAY = 4;
const INCIDENT_CHANCE = 0.004;

const keys = new Map<string, number>();

/** Per (seed, entity, purpose) key, memoized: hashing strings per sample would dominate. */
export const entityKey = (ctx: FleetContext, id: string, purpose: string): number => {
  const name = `${ctx.seed}\u0001${id}\u0001${purpose}`;
  let key = keys.get(name);
  if (key === undefined) {
    key = keyOf(ctx.seed, id, purpose);
    keys.set(name, key);
  }

  return key;
};

export const growthAt = (ctx: FleetContext, entity: EntityBase, t: number): number => {
  const { from, to } = entity.growth;

  return from + (to - from) * timelineAt(ctx, t);
};

type Hourly = {
  readonly rate: (hour: number) => number;
  readonly errorRatio: (hour: number) => number;
  readonly coldRatio: (hour: number) => number;
};

const createHourly = (ctx: FleetContext, entity: EntityBase): Hourly => {
  const { load, cold } = entity;
  const burstKey = keyOf(ctx.seed, entity.id, 'burst');
  const noiseKey = keyOf(ctx.seed, entity.id, 'noise');
  const incidentKey = keyOf(ctx.seed, entity.id, 'incident');
  const errorNoiseKey = keyOf(ctx.seed, entity.id, 'error-noise');

  /**
   * The request rate of one hour (absolute hour index since the epoch): daily wave, weekend,
   * bursts, log-normal noise and adoption growth; zero under the scale-to-zero threshold.
   * Piecewise constant per hour, so counters integrate it exactly.
   */
  const rate = (hour: number): number => {
    const midMs = (hour + 0.5) * HOUR_MS;
    const hourOfDay = (hour % 24) + 0.5;
    const weekday = (Math.floor(midMs / DAY_MS) + EPOCH_WEEKDAY) % 7;
    const wave = 1 + load.diurnal * Math.cos((2 * Math.PI * (hourOfDay - load.peakHour)) / 24);
    const weekend = weekday === 0 || weekday === 6 ? load.weekend : 1;
    const burst =
      unitAt(burstKey, hour) < load.burstChance ? 2 + 4 * unitAt(burstKey ^ 0x51ed27, hour) : 1;
    const noise = Math.exp(load.noise * normalAt(noiseKey, hour));
    const value = load.baseRate * wave * weekend * burst * noise * growthAt(ctx, entity, midMs);

    return load.idleBelow !== undefined && value < load.idleBelow ? 0 : value;
  };

  /** Share of requests failing in an hour: the base ratio, and 8–30× during rare incidents. */
  const errorRatio = (hour: number): number => {
    const incident =
      unitAt(incidentKey, hour) < INCIDENT_CHANCE ? 8 + 22 * unitAt(incidentKey ^ 0x1d, hour) : 1;

    return clamp(
      entity.errorRatio * incident * Math.exp(0.3 * normalAt(errorNoiseKey, hour)),
      0,
      0.6,
    );
  };

  /** Share of requests that were cold: high when traffic is thin, as instances expire. */
  const coldRatio = (hour: number): number =>
    cold === undefined ? 0 : clamp(cold.c0 / (1 + rate(hour) / cold.r0), 0.002, 0.9);

  return { rate, errorRatio, coldRatio };
};

const hourlies = new WeakMap<FleetContext, Map<string, Hourly>>();

/** The hourly model of an entity, built once per context (ids are unique per shape). */
export const hourlyOf = (ctx: FleetContext, entity: EntityBase): Hourly => {
  let byId = hourlies.get(ctx);
  if (byId === undefined) {
    byId = new Map();
    hourlies.set(ctx, byId);
  }
  let hourly = byId.get(entity.id);
  if (hourly === undefined) {
    hourly = createHourly(ctx, entity);
    byId.set(entity.id, hourly);
  }

  return hourly;
};

export const hourRate = (ctx: FleetContext, entity: EntityBase, hour: number): number =>
  hourlyOf(ctx, entity).rate(hour);

export const hourOf = (t: number): number => Math.floor(t / HOUR_MS);

/** Minute-level multiplicative jitter for gauges (σ in log space). */
export const jitterAt = (
  ctx: FleetContext,
  id: string,
  purpose: string,
  t: number,
  sigma: number,
) => Math.exp(sigma * normalAt(entityKey(ctx, id, purpose), Math.floor(t / MINUTE_MS)));

/** Instantaneous request rate: the hour's rate with a little minute-level jitter. */
export const rateAt = (ctx: FleetContext, entity: EntityBase, t: number): number =>
  hourRate(ctx, entity, hourOf(t)) * jitterAt(ctx, entity.id, 'rate-jitter', t, 0.08);
