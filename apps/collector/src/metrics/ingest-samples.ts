import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';

const INGEST_SAMPLES = 'fleetlens_ingest_samples_total';

/** Raw samples per protocol and what became of them: stored, unmapped, rejected, duplicate. */
export const createIngestSamples = (registry: Registry) =>
  new Counter({
    name: INGEST_SAMPLES,
    help: 'Raw samples received, by protocol and outcome.',
    labelNames: ['protocol', 'outcome'] as const,
    registers: [registry],
  });

export const metricNames = [INGEST_SAMPLES];
