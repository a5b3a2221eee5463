import type { Rng } from './prng.ts';
import { sampleLogNormal } from './distributions.ts';
import type { StartupProfile } from './types.ts';

/**
 * What a start really costs per platform, in seconds: Wasm instantiation in milliseconds,
 * serverless cold starts from hundreds of milliseconds to seconds, Knative scale-from-zero
 * in seconds, pod starts on edge nodes in seconds, model-server pods (multi-GB images, then
 * weights) from tens of seconds to minutes. Each has a heavier tail.
 */
const profile = (median: number, sigma: number, tailChance = 0.03, tailFactor = 4) =>
  ({ median, sigma, tailChance, tailFactor }) satisfies StartupProfile;

export const STARTUP = {
  wasmtime: profile(0.0045, 0.55),
  wasmer: profile(0.006, 0.6),
  wasm3: profile(0.0025, 0.5, 0.02, 3),
  wasmedge: profile(0.008, 0.55),
  wasmcloud: profile(0.011, 0.6),
  spin: profile(0.0018, 0.5),
  lambdaNode: profile(0.24, 0.35, 0.04, 3),
  lambdaPython: profile(0.33, 0.4, 0.04, 3),
  lambdaJava: profile(1.6, 0.35, 0.05, 2),
  cloudRun: profile(1.1, 0.45, 0.05, 3),
  knative: profile(2.2, 0.35, 0.05, 2),
  k3s: profile(2.6, 0.55, 0.05, 3.5),
  kubeedge: profile(4.1, 0.55, 0.06, 3.5),
  openyurt: profile(3.4, 0.55, 0.05, 3.5),
  superedge: profile(3.6, 0.55, 0.05, 3.5),
  kubernetes: profile(2.2, 0.5, 0.04, 4),
  modelServer: profile(55, 0.6, 0.08, 2.5),
} satisfies Record<string, StartupProfile>;

/** The profile of a platform (or profile name); unknown names are a programming error. */
export const startupFor = (name: string): StartupProfile => {
  const found = (STARTUP as Readonly<Record<string, StartupProfile>>)[name];
  if (found === undefined) throw new Error(`no startup profile for "${name}"`);

  return found;
};

export const sampleStartup = (rng: Rng, startup: StartupProfile, factor = 1): number => {
  const isTail = rng() < startup.tailChance;
  const median = isTail ? startup.median * startup.tailFactor : startup.median;

  return sampleLogNormal(rng, median, startup.sigma) * factor;
};
