import { z } from 'zod';

const NS_PER_MS = 1_000_000n;
const MAX_RANGE_MS = 800 * 24 * 3600 * 1000;

/** Every view's time window, as epoch milliseconds (the URL and the picker speak ms). */
export const ZRange = z
  .object({
    fromMs: z.number().int().nonnegative(),
    toMs: z.number().int().positive(),
  })
  .refine((range) => range.fromMs < range.toMs, { message: 'fromMs must be before toMs' })
  .refine((range) => range.toMs - range.fromMs <= MAX_RANGE_MS, {
    message: 'the range may span at most 800 days',
  });
export type Range = z.infer<typeof ZRange>;

export const msToNs = (ms: number): bigint => BigInt(Math.trunc(ms)) * NS_PER_MS;
export const nsToMs = (ns: bigint): number => Number(ns / NS_PER_MS);

/** Steps a chart can show without losing detail: round Grafana-like intervals. */
const STEPS_MS = [
  10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000,
  7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
];

/** The smallest round step that keeps the chart at or under maxPoints points. */
export const pickStepMs = (range: Range, maxPoints = 240): number => {
  const span = range.toMs - range.fromMs;
  return STEPS_MS.find((step) => span / step <= maxPoints) ?? 86_400_000;
};
