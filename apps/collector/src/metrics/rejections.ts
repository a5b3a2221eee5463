import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';

const REJECTIONS = 'fleetlens_ingest_rejections_total';

/** Why data was refused; the reason set is small and fixed so the label stays bounded. */
export const createRejections = (registry: Registry) =>
  new Counter({
    name: REJECTIONS,
    help: 'Rejected items by reason.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });

export const metricNames = [REJECTIONS];
