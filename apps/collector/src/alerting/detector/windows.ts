import type { ColdStartParams } from '../rules/rule-schema.ts';

const NS_PER_SECOND = 1_000_000_000n;

/** [fromNs, toNs) */
export type Window = { fromNs: bigint; toNs: bigint };

const seconds = (value: number): bigint => BigInt(value) * NS_PER_SECOND;

/** The recent window: the last `windowSeconds` before the evaluation. */
export const recentWindow = (atNs: bigint, windowSeconds: number): Window => ({
  fromNs: atNs - seconds(windowSeconds),
  toNs: atNs,
});

/**
 * Seasonal baselines: `baselineSpanSeconds` centred on the recent window's middle, one day
 * (and one week) earlier, so the time of day matches and diurnal shapes cancel out.
 */
export const seasonalWindows = (
  atNs: bigint,
  windowSeconds: number,
  params: ColdStartParams,
): Window[] => {
  const middle = atNs - seconds(windowSeconds) / 2n;
  const half = seconds(params.baselineSpanSeconds) / 2n;

  return params.seasonalOffsetsSeconds.map((offset) => ({
    fromNs: middle - seconds(offset) - half,
    toNs: middle - seconds(offset) + half,
  }));
};

/**
 * The fallback baseline for stores younger than a day: the hours before the recent window.
 * While an alert is active it ends where the alert's first recent window began, so a
 * regression never drifts into its own baseline.
 */
export const precedingWindow = (
  anchorNs: bigint,
  windowSeconds: number,
  params: ColdStartParams,
): Window => {
  const toNs = anchorNs - seconds(windowSeconds);

  return { fromNs: toNs - seconds(params.fallbackBaselineSeconds), toNs };
};

export const windowToJson = (window: Window) => ({
  fromMs: Number(window.fromNs / 1_000_000n),
  toMs: Number(window.toNs / 1_000_000n),
});
