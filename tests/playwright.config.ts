import { join } from 'node:path';

import { defineConfig } from '@playwright/test';

import { PRODUCT, DASHBOARD_URL } from './e2e/browser/product.ts';

/**
 * The dashboard end to end: `npm start`'s orchestrator runs the collector, the simulated fleet
 * and the built dashboard on loopback with a fresh store; Debian's Chromium drives the views.
 */
export default defineConfig({
  testDir: 'e2e/browser',
  outputDir: join(import.meta.dirname, 'e2e', 'artifacts', 'results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: DASHBOARD_URL,
    viewport: { width: 1400, height: 1000 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  projects: [
    { name: 'fleet-ready', testMatch: /fleet\.setup\.ts/ },
    { name: 'views', testMatch: /.*\.spec\.ts/, dependencies: ['fleet-ready'] },
  ],
  webServer: {
    command: `rm -rf ${PRODUCT.dataDir} && node --import tsx ../scripts/src/start.ts`,
    url: `${DASHBOARD_URL}/api/healthz`,
    // FLEETLENS_E2E_REUSE=1 runs the specs against a product already started with these settings.
    reuseExistingServer: process.env.FLEETLENS_E2E_REUSE === '1',
    timeout: 300_000,
    // Ctrl-C, as a user stops npm start: it stops the simulator, the dashboard, the collector.
    gracefulShutdown: { signal: 'SIGINT', timeout: 30_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: `file:${join(PRODUCT.dataDir, 'fleetlens.db')}`,
      FLEETLENS_HTTP_PORT: String(PRODUCT.httpPort),
      FLEETLENS_GRPC_PORT: String(PRODUCT.grpcPort),
      FLEETLENS_WEB_PORT: String(PRODUCT.webPort),
      FLEETLENS_SIMULATOR_PORT: String(PRODUCT.simulatorPort),
      FLEETLENS_SIM_SCRAPE_PORT: '0',
      FLEETLENS_SIM_BACKFILL_DAYS: String(PRODUCT.backfillDays),
      FLEETLENS_SQLITE_SYNCHRONOUS: 'NORMAL',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
