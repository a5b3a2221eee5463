import { Registry, collectDefaultMetrics } from 'prom-client';

import { createBatchCommit } from './batch-commit.ts';
import { createIngestRequests } from './ingest-requests.ts';
import { createIngestSamples } from './ingest-samples.ts';
import { createQueueDepth } from './queue-depth.ts';
import { createRejections } from './rejections.ts';
import { createRollupBacklog } from './rollup-backlog.ts';
import { createUnmapped } from './unmapped.ts';

/** One registry per collector instance: tests start several collectors in one process. */
export const createCollectorMetrics = ({
  readQueueDepth,
  readRollupBacklog,
}: {
  readQueueDepth: () => number;
  readRollupBacklog: () => number;
}) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'fleetlens_' });
  createQueueDepth(registry, readQueueDepth);
  createRollupBacklog(registry, readRollupBacklog);

  return {
    registry,
    ingestRequests: createIngestRequests(registry),
    ingestSamples: createIngestSamples(registry),
    rejections: createRejections(registry),
    batchCommit: createBatchCommit(registry),
    unmapped: createUnmapped(registry),
  };
};

export type CollectorMetrics = ReturnType<typeof createCollectorMetrics>;
