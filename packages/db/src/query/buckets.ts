import { QueryError } from './errors.ts';
import { floorTo } from './time.ts';

/** Prometheus refuses more points per series than this; so do we. */
export const MAX_POINTS = 11_000;

const NS_PER_MS = 1_000_000n;

/**
 * Step buckets of a range query. Bucket i covers [startNs + i·step, startNs + (i+1)·step) and
 * is reported at its start, the convention rollup buckets use too. startNs is fromNs floored
 * to a multiple of the step (Grafana-style alignment, so refreshing a dashboard does not shift
 * its buckets); the last bucket is the one holding toNs and only counts data up to toNs.
 * Steps are whole milliseconds and row times are read as millisecond offsets from readFromNs
 * (Prometheus's own precision): small exact integers, so no BigInt per row.
 */
export type BucketGrid = {
  startNs: bigint;
  stepNs: bigint;
  toNs: bigint;
  count: number;
  /** Reads start this many whole steps before startNs, to see samples a lookback reaches. */
  preBuckets: number;
  /** startNs - preBuckets·step: rows read from here get bucket indexes from -preBuckets. */
  readFromNs: bigint;
  stepMs: number;
};

export const makeGrid = (
  fromNs: bigint,
  toNs: bigint,
  stepNs: bigint,
  lookbackNs: bigint = 0n,
): BucketGrid => {
  if (typeof fromNs !== 'bigint' || typeof toNs !== 'bigint' || typeof stepNs !== 'bigint') {
    throw new QueryError('fromNs, toNs and stepNs must be bigint nanoseconds');
  }
  if (stepNs <= 0n || stepNs % NS_PER_MS !== 0n) {
    throw new QueryError('stepNs must be a positive whole number of milliseconds');
  }
  if (toNs < fromNs) throw new QueryError('toNs must not be before fromNs');
  if (lookbackNs < 0n) throw new QueryError('lookbackNs must not be negative');
  const startNs = floorTo(fromNs, stepNs);
  const count = (toNs - startNs) / stepNs + 1n;
  if (count > BigInt(MAX_POINTS)) {
    throw new QueryError(`range / step exceeds ${MAX_POINTS} points; raise stepNs`);
  }
  const preBuckets = Number((lookbackNs + stepNs - 1n) / stepNs);

  return {
    startNs,
    stepNs,
    toNs,
    count: Number(count),
    preBuckets,
    readFromNs: startNs - BigInt(preBuckets) * stepNs,
    stepMs: Number(stepNs / NS_PER_MS),
  };
};

export const bucketStartNs = (grid: BucketGrid, index: number): bigint =>
  grid.startNs + BigInt(index) * grid.stepNs;

/** Bucket start times, each BigInt made once however many series share it. */
export const createBucketTimes = (grid: BucketGrid): ((index: number) => bigint) => {
  const times = new Map<number, bigint>();

  return (index) => {
    let ts = times.get(index);
    if (ts === undefined) {
      ts = bucketStartNs(grid, index);
      times.set(index, ts);
    }

    return ts;
  };
};

/**
 * Bucket of a row at `offsetMs` after readFromNs. Exact: readFromNs is a multiple of the step,
 * so flooring the offset to milliseconds first cannot move a row across a bucket boundary.
 */
export const bucketOf = (grid: BucketGrid, offsetMs: number): number =>
  Math.floor(offsetMs / grid.stepMs) - grid.preBuckets;

/** Offset of the end of bucket `index` from readFromNs, in milliseconds. */
export const bucketEndMs = (grid: BucketGrid, index: number): number =>
  (index + 1 + grid.preBuckets) * grid.stepMs;

/** Whole milliseconds of a duration, rounded down. */
export const toMs = (ns: bigint): number => Number(ns / NS_PER_MS);
