import { between } from '../distributions.ts';
import type { Rng } from '../prng.ts';
import { createRng, keyOf } from '../prng.ts';
import type { LoadProfile } from '../types.ts';

/** Each entity draws from its own stream, so adding one never reshuffles the others. */
export const rngFor = (seed: number, id: string): Rng => createRng(keyOf(seed, 'inventory', id));

/** A business-hours load shape with plausible defaults, overridable per entity. */
export const loadOf = (
  rng: Rng,
  profile: Partial<LoadProfile> & { baseRate: number },
): LoadProfile => ({
  diurnal: between(rng, 0.35, 0.7),
  peakHour: between(rng, 11, 17),
  weekend: between(rng, 0.55, 0.9),
  burstChance: 0.015,
  noise: 0.15,
  ...profile,
});

const HEX = '0123456789abcdef';
/** Kubernetes' random-suffix alphabet: no vowels, no look-alike digits. */
const KUBE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const charsFrom = (rng: Rng, alphabet: string, length: number): string => {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet.charAt(Math.floor(rng() * alphabet.length));

  return text;
};

export const hexFrom = (rng: Rng, length: number): string => charsFrom(rng, HEX, length);

/** A v4-looking UUID: request ids, GPU UUIDs, task ids. */
export const uuidFrom = (rng: Rng): string =>
  `${hexFrom(rng, 8)}-${hexFrom(rng, 4)}-4${hexFrom(rng, 3)}-${'89ab'[Math.floor(rng() * 4)] ?? '8'}${hexFrom(rng, 3)}-${hexFrom(rng, 12)}`;

/** A Deployment pod name: `<name>-<replicaset hash>-<pod suffix>`. */
export const podNameFrom = (rng: Rng, deployment: string): string =>
  `${deployment}-${charsFrom(rng, KUBE_ALPHABET, 9)}-${charsFrom(rng, KUBE_ALPHABET, 5)}`;

export const GIB = 1024 ** 3;
export const MIB = 1024 ** 2;
