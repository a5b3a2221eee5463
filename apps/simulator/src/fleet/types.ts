/** The fleet model's shared vocabulary: paradigms, load, latency and startup profiles. */
export type Paradigm =
  'wasm' | 'edge' | 'serverless' | 'ai_ml' | 'blockchain' | 'iot' | 'quantum' | 'container';

/** How traffic varies: a daily wave, weekends, bursts, hourly noise, scale to zero. */
export type LoadProfile = {
  /** Mean rate in events per second, before the daily wave and growth. */
  readonly baseRate: number;
  /** Amplitude of the daily wave, 0 (flat) to 0.95. */
  readonly diurnal: number;
  /** UTC hour of the daily peak. */
  readonly peakHour: number;
  /** Multiplier on Saturdays and Sundays. */
  readonly weekend: number;
  /** Chance that an hour is a burst (2× to 6× traffic). */
  readonly burstChance: number;
  /** Log-normal sigma of the hour-to-hour noise. */
  readonly noise: number;
  /** Below this rate traffic stops altogether: the service scales to zero. */
  readonly idleBelow?: number;
};

/** Load multiplier at the start and at the end of the timeline: adoption trends. */
export type Growth = { readonly from: number; readonly to: number };

/** A log-normal in seconds. */
export type LatencyProfile = { readonly median: number; readonly sigma: number };

/** A log-normal in seconds plus a heavier tail (image pulls, JIT, cache misses). */
export type StartupProfile = LatencyProfile & {
  readonly tailChance: number;
  readonly tailFactor: number;
};

/** Share of requests that pay a cold start: c0 / (1 + rate / r0), high when traffic is thin. */
export type ColdProfile = { readonly c0: number; readonly r0: number };

/** What every simulated entity has, whatever it is. */
export type EntityBase = {
  /** Stable id: used in hashes, target names and scenario parameters. */
  readonly id: string;
  readonly platform: string;
  readonly paradigm: Paradigm;
  readonly name: string;
  /** Fraction of the timeline at which it appears (0 = there from the start). */
  readonly appearsAt: number;
  /** Fraction of the timeline at which it is retired; never when absent. */
  readonly retiresAt?: number;
  /** Mean days between restarts (deploys, reboots): counters reset then. */
  readonly restartEveryDays: number;
  readonly load: LoadProfile;
  readonly growth: Growth;
  /** Share of requests that fail outside incidents. */
  readonly errorRatio: number;
  readonly cold?: ColdProfile;
};
