import { Gauge } from 'prom-client';
import type { Registry } from 'prom-client';

const QUEUE_DEPTH = 'fleetlens_write_queue_samples';

/** Samples waiting for the writer; at the configured bound ingest answers 503. */
export const createQueueDepth = (registry: Registry, read: () => number) =>
  new Gauge({
    name: QUEUE_DEPTH,
    help: 'Samples queued for the store writer.',
    registers: [registry],
    collect() {
      this.set(read());
    },
  });

export const metricNames = [QUEUE_DEPTH];
