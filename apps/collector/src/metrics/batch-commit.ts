import { Histogram } from 'prom-client';
import type { Registry } from 'prom-client';

const BATCH_COMMIT = 'fleetlens_batch_commit_duration_seconds';

/** Time to commit one write batch: the floor of every acknowledgement's latency. */
export const createBatchCommit = (registry: Registry) =>
  new Histogram({
    name: BATCH_COMMIT,
    help: 'Duration of store write transactions.',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

export const metricNames = [BATCH_COMMIT];
