import { latencyFactorAt, saturationAt, saturationEdges } from '../scenarios/effects.ts';
import type { FleetContext } from './context.ts';
import type { StreamName } from './counters.ts';
import { derivedTotal } from './derived.ts';
import { clamp } from './distributions.ts';
import type { CumulativeHistogram, Distribution, Segment } from './histogram.ts';
import { toCumulativeHistogram } from './histogram.ts';
import type { Gpu, ModelServer } from './inventory/ai-ml.ts';
import { lastStartAt } from './lifecycle.ts';
import { jitterAt, rateAt } from './load.ts';
import { segmentsBetween } from './segments.ts';

/** Mean utilization of a server at its base rate, used for its energy integral. */
const meanUtilization = (server: ModelServer): number =>
  clamp(server.load.baseRate / server.capacityRps, 0.02, 0.95);

/** How busy the server's GPUs are (0–1): traffic over capacity, or the saturation level. */
export const utilizationAt = (ctx: FleetContext, server: ModelServer, gpu: Gpu, t: number) => {
  const jitter = jitterAt(ctx, `${server.id}/${gpu.index}`, 'util', t, 0.06);
  const level = saturationAt(ctx, server.id, t);
  if (level !== undefined) return clamp(level * (0.995 + 0.01 * (jitter - 1)), 0, 1);

  return clamp((rateAt(ctx, server, t) / server.capacityRps) * jitter, 0.01, 0.96);
};

export const isSaturatedAt = (ctx: FleetContext, server: ModelServer, t: number): boolean =>
  saturationAt(ctx, server.id, t) !== undefined;

/** Framebuffer in use (MiB): vLLM preallocates ~90 %, the others hold weights plus activations. */
export const framebufferUsedMiB = (ctx: FleetContext, server: ModelServer, gpu: Gpu, t: number) => {
  if (isSaturatedAt(ctx, server, t)) return Math.round(gpu.memoryMiB * 0.975);
  const util = utilizationAt(ctx, server, gpu, t);
  const base = server.server === 'vllm' ? 0.9 : 0.34;
  const active = server.server === 'vllm' ? 0.02 * util : 0.3 * util;

  return Math.round(gpu.memoryMiB * (base + active) + 612);
};

export const powerWatts = (ctx: FleetContext, server: ModelServer, gpu: Gpu, t: number) => {
  const util = utilizationAt(ctx, server, gpu, t);

  return gpu.idleW + (gpu.powerLimitW - gpu.idleW) * Math.pow(util, 0.9);
};

/**
 * Energy since the exporter (re)started, in joules: idle draw over uptime, the load-driven
 * part as an integral of traffic, and the extra while a saturation scenario held.
 */
export const energyJoules = (ctx: FleetContext, server: ModelServer, gpu: Gpu, t: number) => {
  const start = lastStartAt(ctx, server, t);
  const span = gpu.powerLimitW - gpu.idleW;
  const dynamic = derivedTotal(
    ctx,
    server,
    `energy-${gpu.index}`,
    span * meanUtilization(server),
    t,
  );
  const edges = saturationEdges(ctx, server.id);
  let extra = 0;
  for (let i = 0; i < edges.length; i += 2) {
    const from = Math.max(edges[i] ?? t, start);
    const until = Math.min(edges[i + 1] ?? t, t);
    if (until > from) extra += (span * (0.98 - meanUtilization(server)) * (until - from)) / 1000;
  }

  return gpu.idleW * ((t - start) / 1000) + dynamic + extra;
};

/** Observations of `stream` since the last start, split where saturation slowed them down. */
export const latencySegments = (
  ctx: FleetContext,
  server: ModelServer,
  stream: StreamName,
  t: number,
): Segment[] =>
  segmentsBetween(
    ctx,
    server,
    stream,
    lastStartAt(ctx, server, t),
    t,
    saturationEdges(ctx, server.id),
    (at) => latencyFactorAt(ctx, server.id, at),
  );

/** A model's share of the server's histogram (counts scaled by the model's traffic share). */
export const shareOf = (segments: readonly Segment[], share: number): Segment[] =>
  segments.map(({ count, factor }) => ({ count: count * share, factor }));

export const histogramOf = (
  segments: readonly Segment[],
  dist: Distribution,
  bounds: readonly number[],
): CumulativeHistogram => toCumulativeHistogram(segments, dist, bounds);

/** Sum of observed values: Σ count × mean × factor (Triton's cumulative µs counters). */
export const sumOf = (segments: readonly Segment[], mean: number): number =>
  segments.reduce((sum, { count, factor }) => sum + count * mean * factor, 0);

/** Requests in flight or queued by Little's law; saturation piles requests up. */
export const queueDepthAt = (
  ctx: FleetContext,
  server: ModelServer,
  meanWait: number,
  t: number,
) => {
  const waiting = rateAt(ctx, server, t) * meanWait;

  return isSaturatedAt(ctx, server, t) ? Math.round(25 + waiting * 40) : Math.round(waiting);
};
