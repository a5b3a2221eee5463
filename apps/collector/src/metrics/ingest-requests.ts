import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';

const INGEST_REQUESTS = 'fleetlens_ingest_requests_total';

/** Requests per receiver protocol and outcome (ok, partial, rejected, overloaded, …). */
export const createIngestRequests = (registry: Registry) =>
  new Counter({
    name: INGEST_REQUESTS,
    help: 'Ingest requests by protocol and outcome.',
    labelNames: ['protocol', 'outcome'] as const,
    registers: [registry],
  });

export const metricNames = [INGEST_REQUESTS];
