import type { IngestPipeline } from '../ingest/pipeline.ts';
import type { CollectorMetrics } from '../metrics/index.ts';

/** What every HTTP push receiver (OTLP, remote-write, text import) is built from. */
export type PushReceiverOptions = {
  pipeline: IngestPipeline;
  metrics: CollectorMetrics;
  /** Largest body after decompression; 413 above. */
  maxBodyBytes: number;
  tenant: string;
  now: () => bigint;
};
