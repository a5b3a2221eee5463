import type { MaturityStage } from '@fleetlens/schema';

/**
 * Verdict rules: how one claim of the source document is held against one measurement. Every
 * rule is documented in docs/maturity.md; the constants below are the numbers it quotes.
 */

export type Verdict = 'consistent' | 'deviates' | 'insufficient';

/** A measured value over the window and how many observations, instances or resources it has. */
export type Measurement = { value: number | null; samples: number };

/** Smallest sample behind a verdict, per kind of measurement. */
export const MIN_SAMPLES = {
  /** Cold-start observations behind a startup p50. */
  startup: 10,
  /** Request observations behind a request-duration p50. */
  latency: 30,
  /** Instances reporting memory behind a per-instance mean. */
  memory: 3,
  /** Fleet resources behind an adoption share. */
  adoption: 20,
} as const;

/** A measured share is consistent within a quarter of the claim, and never closer than 5 pp. */
export const ADOPTION_TOLERANCE = { relative: 0.25, absolute: 0.05 } as const;

export const hasEnough = (measurement: Measurement, minSamples: number): boolean =>
  measurement.value !== null &&
  Number.isFinite(measurement.value) &&
  measurement.samples >= minSamples;

/** Startup band: the band [minSeconds, maxSeconds) contains the measured p50. */
export const bandVerdict = (
  band: { minSeconds: number; maxSeconds: number | null },
  measured: Measurement,
  minSamples: number,
): Verdict => {
  if (!hasEnough(measured, minSamples) || measured.value === null) return 'insufficient';
  const inside =
    measured.value >= band.minSeconds &&
    (band.maxSeconds === null || measured.value < band.maxSeconds);

  return inside ? 'consistent' : 'deviates';
};

/** One paradigm's place on an ordinal scale and its measurement. */
export type Ranked = { id: string; rank: number; measured: Measurement };

export type OrderPair = {
  peer: string;
  peerValue: number;
  /** Whether the subject should measure higher or lower than the peer. */
  expected: 'higher' | 'lower';
  holds: boolean;
};

export type OrderCheck = { verdict: Verdict; pairs: OrderPair[] };

/**
 * Order claim within one row: every peer with a different rank and enough data must sit on the
 * side its rank says. `higherRankMeasuresHigher` is true for resource use (more is larger) and
 * false for performance read from latency (better is faster). Equal ranks claim nothing.
 */
export const rankOrderVerdict = (
  subject: Ranked,
  peers: readonly Ranked[],
  minSamples: number,
  higherRankMeasuresHigher: boolean,
): OrderCheck => {
  const value = subject.measured.value;
  if (!hasEnough(subject.measured, minSamples) || value === null) {
    return { verdict: 'insufficient', pairs: [] };
  }
  const pairs: OrderPair[] = [];
  for (const peer of peers) {
    const peerValue = peer.measured.value;
    if (peer.id === subject.id || peer.rank === subject.rank) continue;
    if (!hasEnough(peer.measured, minSamples) || peerValue === null) continue;
    const expected = subject.rank > peer.rank === higherRankMeasuresHigher ? 'higher' : 'lower';
    const holds = expected === 'higher' ? value > peerValue : value < peerValue;
    pairs.push({ peer: peer.id, peerValue, expected, holds });
  }
  if (pairs.length === 0) return { verdict: 'insufficient', pairs };

  return { verdict: pairs.every((pair) => pair.holds) ? 'consistent' : 'deviates', pairs };
};

/** "A beats B" where lower is better (startup, resource use, latency). */
export const lowerIsBetterVerdict = (
  favoured: Measurement,
  other: Measurement,
  minSamples: number,
): Verdict => {
  if (!hasEnough(favoured, minSamples) || !hasEnough(other, minSamples)) return 'insufficient';
  if (favoured.value === null || other.value === null) return 'insufficient';

  return favoured.value < other.value ? 'consistent' : 'deviates';
};

export const adoptionTolerance = (claimed: number): number =>
  Math.max(ADOPTION_TOLERANCE.absolute, ADOPTION_TOLERANCE.relative * claimed);

/** Percentage claim: the measured fraction lies within the tolerance of the claimed one. */
export const fractionVerdict = (
  claimed: number,
  measured: Measurement,
  minSamples: number,
): Verdict => {
  if (!hasEnough(measured, minSamples) || measured.value === null) return 'insufficient';

  // A tiny epsilon so a share exactly on the tolerance edge is not lost to float rounding.
  return Math.abs(measured.value - claimed) <= adoptionTolerance(claimed) + 1e-9
    ? 'consistent'
    : 'deviates';
};

/** Maturity stage: the observed stage (null when it could not be scored) equals the claimed. */
export const stageVerdict = (claimed: MaturityStage, observed: MaturityStage | null): Verdict => {
  if (observed === null) return 'insufficient';

  return observed === claimed ? 'consistent' : 'deviates';
};
