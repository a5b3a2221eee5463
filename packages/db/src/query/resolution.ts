import { DEFAULT_RETENTION } from '../maintenance/retention-config.ts';
import { NS_PER_HOUR, NS_PER_MINUTE, daysToNs } from './time.ts';
import type { Resolution } from './types.ts';

/** Ranges up to this long read raw samples whatever the step: cheap, and exact. */
export const RAW_MAX_RANGE_NS = 6n * NS_PER_HOUR;

export type ResolutionInput = {
  fromNs: bigint;
  toNs: bigint;
  stepNs: bigint;
  nowNs: bigint;
  retention?: { rawDays?: number; rollup1mDays?: number };
};

/**
 * The coarsest resolution that serves the query well, in this order:
 * 1. 1h when the range starts before the 1m retention (only hourly rollups still hold it);
 * 2. raw when the range starts inside the raw retention and the step is under a minute or the
 *    range is at most 6 hours (raw wins over 1h for short ranges with a long step: the read is
 *    small and exact);
 * 3. 1h when the step is at least an hour;
 * 4. otherwise 1m (a step of a minute or more, or a sub-minute step on data older than the
 *    raw retention, which 1m rollups still hold).
 */
export const chooseResolution = (input: ResolutionInput): Resolution => {
  const rawNs = daysToNs(input.retention?.rawDays ?? DEFAULT_RETENTION.rawDays);
  const minuteNs = daysToNs(input.retention?.rollup1mDays ?? DEFAULT_RETENTION.rollup1mDays);
  if (input.fromNs < input.nowNs - minuteNs) return '1h';
  const withinRaw = input.fromNs >= input.nowNs - rawNs;
  if (
    withinRaw &&
    (input.stepNs < NS_PER_MINUTE || input.toNs - input.fromNs <= RAW_MAX_RANGE_NS)
  ) {
    return 'raw';
  }

  return input.stepNs >= NS_PER_HOUR ? '1h' : '1m';
};

/**
 * The chosen resolution, then each finer one: when a coarser level has no rows for the range
 * (the rollup job has not run yet, or was added after the data), the next finer one is read.
 */
export const resolutionCandidates = (chosen: Resolution): Resolution[] => {
  const order: Resolution[] = ['1h', '1m', 'raw'];

  return order.slice(order.indexOf(chosen));
};
