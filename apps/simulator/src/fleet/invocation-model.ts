import { startupEdges, startupFactorAt } from '../scenarios/effects.ts';
import type { FleetContext } from './context.ts';
import type { CumulativeHistogram } from './histogram.ts';
import { logNormalOf, startupOf, toCumulativeHistogram } from './histogram.ts';
import type { ServerlessService } from './inventory/serverless.ts';
import { lastStartAt } from './lifecycle.ts';
import { rateAt } from './load.ts';
import { segmentsBetween } from './segments.ts';
import type { EntityBase, LatencyProfile, StartupProfile } from './types.ts';

/** Anything invoked on demand that pays a start: functions, Wasm components, revisions. */
export type Invocable = EntityBase & {
  readonly startup: StartupProfile;
  readonly latency: LatencyProfile;
};

/** Instances running now: none when traffic stopped (scale to zero), else enough for the load. */
export const instancesAt = (ctx: FleetContext, service: ServerlessService, t: number): number => {
  const rate = rateAt(ctx, service, t);
  if (rate <= 0) return service.load.idleBelow === undefined ? 1 : 0;

  return Math.max(1, Math.ceil(rate / service.perInstanceRps));
};

/** Cold starts since the last restart, slowed where a cold-start regression holds. */
export const startupHistogram = (
  ctx: FleetContext,
  service: Invocable,
  t: number,
  bounds: readonly number[],
  unit = 1,
): CumulativeHistogram => {
  const segments = segmentsBetween(
    ctx,
    service,
    'cold',
    lastStartAt(ctx, service, t),
    t,
    startupEdges(ctx, service.platform),
    (at) => startupFactorAt(ctx, service.platform, at),
  );
  const { median, sigma, tailChance, tailFactor } = service.startup;

  return toCumulativeHistogram(
    segments,
    startupOf({ median: median * unit, sigma, tailChance, tailFactor }),
    bounds,
  );
};

/** Invocation durations since the last restart (`unit` 1000 for milliseconds). */
export const latencyHistogram = (
  ctx: FleetContext,
  service: Invocable,
  stream: 'requests' | 'errors',
  t: number,
  bounds: readonly number[],
  { unit = 1, scale = 1 }: { unit?: number; scale?: number } = {},
): CumulativeHistogram => {
  const segments = segmentsBetween(
    ctx,
    service,
    stream,
    lastStartAt(ctx, service, t),
    t,
    [],
    () => 1,
  );

  return toCumulativeHistogram(
    segments,
    logNormalOf({ median: service.latency.median * unit * scale, sigma: service.latency.sigma }),
    bounds,
  );
};

/** Adds two histograms over the same bounds (a mix of two populations). */
export const addHistograms = (
  a: CumulativeHistogram,
  b: CumulativeHistogram,
): CumulativeHistogram => ({
  bounds: a.bounds,
  cumulative: a.cumulative.map((value, index) => value + (b.cumulative[index] ?? 0)),
  count: a.count + b.count,
  sum: a.sum + b.sum,
});
