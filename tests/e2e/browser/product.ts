import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the end-to-end run puts the product. Fixed loopback ports: Playwright evaluates its
 * config in every worker, so the addresses must be the same each time.
 */
export const PRODUCT = {
  dataDir: join(tmpdir(), 'fleetlens-e2e'),
  webPort: 13_900,
  httpPort: 14_900,
  grpcPort: 14_901,
  simulatorPort: 14_920,
  /** Days of history the simulator backfills before the views are visited. */
  backfillDays: 30,
} as const;

export const DASHBOARD_URL = `http://127.0.0.1:${PRODUCT.webPort}`;
export const COLLECTOR_URL = `http://127.0.0.1:${PRODUCT.httpPort}`;
export const SIMULATOR_URL = `http://127.0.0.1:${PRODUCT.simulatorPort}`;

export const ARTIFACTS_DIR = join(import.meta.dirname, '..', 'artifacts');
