import type { ActiveScenario } from '../scenarios/types.ts';
import { toSeed } from './prng.ts';
import { DAY_MS } from './time.ts';

/**
 * Everything a render depends on besides the instant: the seed, the start of the fleet's
 * timeline (adoption trends run from `originMs` over `spanDays`) and the scenarios in force.
 * Two contexts with equal seed, origin, span and scenarios render identical telemetry.
 */
export type FleetContext = {
  readonly seed: number;
  readonly seedText: string;
  readonly originMs: number;
  readonly spanDays: number;
  /** Replaced (never mutated) when scenarios are injected or removed at run time. */
  scenarios: readonly ActiveScenario[];
};

export const DEFAULT_SPAN_DAYS = 90;

export const createContext = ({
  seed,
  originMs,
  spanDays = DEFAULT_SPAN_DAYS,
  scenarios = [],
}: {
  seed: string | number;
  originMs: number;
  spanDays?: number;
  scenarios?: readonly ActiveScenario[];
}): FleetContext => ({
  seed: toSeed(seed),
  seedText: String(seed),
  originMs,
  spanDays,
  scenarios,
});

/** Fraction of the timeline elapsed at `t`, 0 before the origin, 1 after its end. */
export const timelineAt = (ctx: FleetContext, t: number): number =>
  Math.min(1, Math.max(0, (t - ctx.originMs) / (ctx.spanDays * DAY_MS)));

/** UTC midnight `spanDays` before `nowMs`: where a fresh timeline starts. */
export const defaultOrigin = (nowMs: number, spanDays: number): number =>
  Math.floor(nowMs / DAY_MS) * DAY_MS - spanDays * DAY_MS;
