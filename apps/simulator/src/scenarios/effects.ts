import type { FleetContext } from '../fleet/context.ts';
import { CHAIN_STALL } from './chain-stall.ts';
import { COLD_START_REGRESSION } from './cold-start-regression.ts';
import { GPU_SATURATION } from './gpu-saturation.ts';
import { NODE_OFFLINE } from './node-offline.ts';
import { QUANTUM_QUEUE_SURGE } from './quantum-queue-surge.ts';
import type { ActiveScenario } from './types.ts';
import { windowEdges } from './types.ts';

/**
 * The scenarios in force, read by the model at an instant. Each is a pure function of the
 * context and `t`: rendering the same instant with the same scenarios gives the same bytes.
 */
const only = <N extends ActiveScenario['name']>(ctx: FleetContext, name: N) =>
  ctx.scenarios.filter((s): s is Extract<ActiveScenario, { name: N }> => s.name === name);

export const startupFactorAt = (ctx: FleetContext, platform: string, t: number): number =>
  only(ctx, 'cold-start-regression').reduce(
    (factor, s) => factor * COLD_START_REGRESSION.factorAt(s, platform, t),
    1,
  );

/** Instants where the startup factor of `platform` may change. */
export const startupEdges = (ctx: FleetContext, platform: string): number[] =>
  only(ctx, 'cold-start-regression')
    .filter((s) => s.params.platform === platform)
    .flatMap(windowEdges);

export const isOfflineAt = (ctx: FleetContext, node: string | undefined, t: number): boolean =>
  node !== undefined && only(ctx, 'node-offline').some((s) => NODE_OFFLINE.isOffline(s, node, t));

export const saturationAt = (ctx: FleetContext, server: string, t: number): number | undefined => {
  for (const s of only(ctx, 'gpu-saturation')) {
    const level = GPU_SATURATION.levelAt(s, server, t);
    if (level !== undefined) return level;
  }

  return undefined;
};

/** Latency multiplier of a saturated server's requests (queueing behind a full GPU). */
export const SATURATED_LATENCY_FACTOR = 4;

export const latencyFactorAt = (ctx: FleetContext, server: string, t: number): number =>
  saturationAt(ctx, server, t) === undefined ? 1 : SATURATED_LATENCY_FACTOR;

export const saturationEdges = (ctx: FleetContext, server: string): number[] =>
  only(ctx, 'gpu-saturation')
    .filter((s) => s.params.server === server)
    .flatMap(windowEdges);

/** The instant a peer's chain (or one channel of it) froze, if it is frozen at `t`. */
export const stalledSinceAt = (
  ctx: FleetContext,
  peer: string,
  channel: string,
  t: number,
): number | undefined => {
  let since: number | undefined;
  for (const s of only(ctx, 'chain-stall')) {
    const start = CHAIN_STALL.stalledSince(s, peer, channel, t);
    if (start !== undefined) since = Math.min(since ?? start, start);
  }

  return since;
};

export const queueFactorAt = (ctx: FleetContext, platform: string, t: number): number =>
  only(ctx, 'quantum-queue-surge').reduce(
    (factor, s) => factor * QUANTUM_QUEUE_SURGE.factorAt(s, platform, t),
    1,
  );
