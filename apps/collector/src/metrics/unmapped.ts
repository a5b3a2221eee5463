import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';

const UNMAPPED = 'fleetlens_unmapped_samples_total';

/** Raw samples that map to no KPI, per source; families are listed on /api/v1/unmapped. */
export const createUnmapped = (registry: Registry) =>
  new Counter({
    name: UNMAPPED,
    help: 'Samples received that map to no KPI, by source.',
    labelNames: ['source'] as const,
    registers: [registry],
  });

export const metricNames = [UNMAPPED];
