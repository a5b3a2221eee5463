import { startupFactorAt } from '../scenarios/effects.ts';
import type { FleetContext } from './context.ts';
import { countBetween } from './counters.ts';
import { samplePoisson, sampleLogNormal } from './distributions.ts';
import { uuidFrom } from './inventory/common.ts';
import type { Invocable } from './invocation-model.ts';
import { createRng, keyOf } from './prng.ts';
import { sampleStartup } from './startup.ts';

/** One invocation as its traces and logs tell it. */
export type Invocation = {
  readonly requestId: string;
  readonly startMs: number;
  readonly durationSeconds: number;
  readonly cold: boolean;
  /** Init (cold start) time, only on cold invocations. */
  readonly initSeconds?: number;
  readonly error: boolean;
  readonly timeout: boolean;
};

/** Invocations longer than this time out (Lambda's configured timeout). */
const TIMEOUT_SECONDS = 30;

/**
 * Invocations that started in [from, to): as many as the traffic model counts there, at most
 * `cap` (traces are sampled; old history is thinned), each with its cold flag, init time and
 * outcome drawn in proportion to the model's cold and error streams. Deterministic for
 * (seed, entity, window, cap), and slowed where a cold-start regression holds.
 */
export const invocationsIn = (
  ctx: FleetContext,
  fn: Invocable,
  from: number,
  to: number,
  cap: number,
): Invocation[] => {
  const expected = countBetween(ctx, fn, 'requests', from, to);
  if (expected <= 0 || cap <= 0) return [];
  const rng = createRng(keyOf(ctx.seed, fn.id, 'invocations', from, to, cap));
  const coldShare = countBetween(ctx, fn, 'cold', from, to) / expected;
  const errorShare = countBetween(ctx, fn, 'errors', from, to) / expected;
  const count = Math.min(cap, samplePoisson(rng, expected));
  const invocations: Invocation[] = [];
  for (let i = 0; i < count; i++) {
    const startMs = Math.floor(from + rng() * (to - from));
    const cold = rng() < coldShare;
    const error = rng() < errorShare;
    const timeout = error && rng() < 0.1;
    const duration = timeout
      ? TIMEOUT_SECONDS
      : sampleLogNormal(rng, fn.latency.median, fn.latency.sigma);
    const requestId = uuidFrom(rng);
    const init = sampleStartup(rng, fn.startup, startupFactorAt(ctx, fn.platform, startMs));
    invocations.push({
      requestId,
      startMs,
      durationSeconds: Math.min(duration, TIMEOUT_SECONDS),
      cold,
      ...(cold ? { initSeconds: init } : {}),
      error,
      timeout,
    });
  }

  return invocations.sort((a, b) => a.startMs - b.startMs);
};
