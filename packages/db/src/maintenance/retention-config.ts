import { daysToNs } from '../query/time.ts';

/** How long each kind of data is kept, in days. */
export type RetentionDays = {
  /** Raw float, histogram and summary samples. */
  rawDays: number;
  rollup1mDays: number;
  rollup1hDays: number;
  /** Exact per-event records (cold starts, invocations, quantum jobs). */
  eventsDays: number;
};

/**
 * Raw as long as Prometheus keeps it by default; each coarser level lives longer because it is
 * 60 times smaller. Events are kept for a month of percentile and regression history.
 */
export const DEFAULT_RETENTION: RetentionDays = {
  rawDays: 15,
  rollup1mDays: 90,
  rollup1hDays: 730,
  eventsDays: 30,
};

export type RetentionCutoffs = {
  raw: bigint;
  rollup1m: bigint;
  rollup1h: bigint;
  events: bigint;
};

/** Oldest timestamp still retained per kind of data at `nowNs`. */
export const retentionCutoffs = (retention: RetentionDays, nowNs: bigint): RetentionCutoffs => ({
  raw: nowNs - daysToNs(retention.rawDays),
  rollup1m: nowNs - daysToNs(retention.rollup1mDays),
  rollup1h: nowNs - daysToNs(retention.rollup1hDays),
  events: nowNs - daysToNs(retention.eventsDays),
});
