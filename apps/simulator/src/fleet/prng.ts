/**
 * Deterministic randomness. Every random value is derived from the seed and a key (an entity
 * id, a stream name, a time index), so any instant can be rendered on its own and two runs
 * with the same seed render the same bytes. Math.random is never used.
 */
export type Rng = () => number;

const TWO_POW_32 = 4_294_967_296;

/** murmur3's finalizer: spreads every input bit over the whole 32-bit word. */
const finalize = (value: number): number => {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;

  return h >>> 0;
};

/** FNV-1a over UTF-16 code units, then finalized; `seed` separates independent families. */
export const hashString = (text: string, seed = 0): number => {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }

  return finalize(h);
};

/** Combines a 32-bit key with any safe integer (hour index, millisecond timestamp). */
export const mixKey = (key: number, index: number): number => {
  const low = index % TWO_POW_32;
  const high = Math.floor(index / TWO_POW_32);
  const a = finalize((key ^ Math.imul(low | 0, 0x9e3779b1)) >>> 0);

  return finalize((a ^ Math.imul((high + 0x632be5ab) | 0, 0x85ebca6b)) >>> 0);
};

/** A key for `parts` under `seed`: the way every entity and stream gets its own randomness. */
export const keyOf = (seed: number, ...parts: readonly (string | number)[]): number =>
  hashString(parts.join('\u0001'), seed);

/** A uniform value in [0, 1) for (key, index), without any state. */
export const unitAt = (key: number, index: number): number => mixKey(key, index) / TWO_POW_32;

/** mulberry32: small, fast and good enough for simulation. */
export const createRng = (key: number): Rng => {
  let state = key >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;

    return ((t ^ (t >>> 14)) >>> 0) / TWO_POW_32;
  };
};

/** The seed as given on the command line (number or text) → a 32-bit key. */
export const toSeed = (seed: string | number): number => hashString(String(seed), 0x5eed);
