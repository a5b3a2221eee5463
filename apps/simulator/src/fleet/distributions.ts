import type { Rng } from './prng.ts';
import { unitAt } from './prng.ts';

/** Avoids log(0) when a uniform draw is exactly 0. */
const TINY = 1e-12;

/** Box–Muller: a standard normal value from two uniforms. */
export const normalFrom = (u1: number, u2: number): number =>
  Math.sqrt(-2 * Math.log(Math.max(u1, TINY))) * Math.cos(2 * Math.PI * u2);

export const sampleNormal = (rng: Rng): number => normalFrom(rng(), rng());

/** A standard normal value for (key, index), stateless. */
export const normalAt = (key: number, index: number): number =>
  normalFrom(unitAt(key, index), unitAt(key ^ 0x2545f491, index));

export const sampleLogNormal = (rng: Rng, median: number, sigma: number): number =>
  median * Math.exp(sigma * sampleNormal(rng));

export const between = (rng: Rng, low: number, high: number): number => low + (high - low) * rng();

export const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');

  return item;
};

/** Knuth for small means, a rounded normal above 30 (fast and close enough there). */
export const samplePoisson = (rng: Rng, mean: number): number => {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * sampleNormal(rng)));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = rng();
  while (product > limit) {
    count += 1;
    product *= rng();
  }

  return count;
};

/** Abramowitz–Stegun 7.1.26 (error below 1.5e-7), enough for bucket counts. */
const erf = (x: number): number => {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));

  return sign * (1 - poly * Math.exp(-a * a));
};

export const normalCdf = (z: number): number => 0.5 * (1 + erf(z / Math.SQRT2));

export const logNormalCdf = (x: number, median: number, sigma: number): number => {
  if (x <= 0) return 0;
  if (!Number.isFinite(x)) return 1;

  return normalCdf(Math.log(x / median) / sigma);
};

/** Mean of a log-normal given its median: median · e^(σ²/2). */
export const logNormalMean = (median: number, sigma: number): number =>
  median * Math.exp((sigma * sigma) / 2);

export const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));
