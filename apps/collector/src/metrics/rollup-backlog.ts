import { Gauge } from 'prom-client';
import type { Registry } from 'prom-client';

const ROLLUP_BACKLOG = 'fleetlens_rollup_pending_hours';

/**
 * Hours whose raw samples changed and are not rolled up yet. One or two while live data flows;
 * after a backfill it shows the rollup job catching up (long ranges read the rollups).
 */
export const createRollupBacklog = (registry: Registry, read: () => number) =>
  new Gauge({
    name: ROLLUP_BACKLOG,
    help: 'Hours of samples waiting for their 1m and 1h rollups.',
    registers: [registry],
    collect() {
      this.set(read());
    },
  });

export const metricNames = [ROLLUP_BACKLOG];
