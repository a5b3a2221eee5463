import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createDatabase } from '@fleetlens/db';

import { inheritedEnvironment, readStartEnv } from './env.ts';
import { startSupervised, stopSupervised, waitForHttp } from './supervise.ts';
import { buildApps } from './build.ts';
import { dashboardCommand } from './web.ts';
import type { Supervised } from './supervise.ts';

/**
 * `npm start`: the whole product on the embedded store. Creates (or migrates and seeds) the
 * SQLite file, builds the dashboard if its sources changed, starts the simulated fleet, the
 * collector that scrapes it and the dashboard, each with prefixed logs; Ctrl-C stops the
 * simulator first and the collector last, so everything it acknowledged is committed before
 * the process ends.
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = readStartEnv();
const isTty = process.stdout.isTTY;
const children: Supervised[] = [];
let stopping = false;

const stopAll = async (code: number): Promise<never> => {
  stopping = true;
  // The simulator first, the collector last, so it commits what the others sent.
  const collectorLast = [...children].sort(
    (a, b) => Number(a.name === 'collector') - Number(b.name === 'collector'),
  );
  for (const child of collectorLast) {
    await stopSupervised(child, env.FLEETLENS_STOP_GRACE_SECONDS * 1000);
  }
  process.exit(code);
};

const watch = (supervised: Supervised): void => {
  children.push(supervised);
  void supervised.exited.then((code) => {
    if (stopping) return;
    process.stdout.write(`[start] ${supervised.name} exited (${code ?? 'signal'}); stopping\n`);
    void stopAll(1);
  });
};

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
// A closed terminal or pipe must not cut the orderly stop short.
process.stdout.on('error', () => undefined);
// Last resort if this process ends any other way: no child outlives it.
process.on('exit', () => {
  for (const { child } of children) {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});

const created = await createDatabase(env.DATABASE_URL);
buildApps(repoRoot, { web: env.FLEETLENS_WEB === 'on' });
process.stdout.write(`[start] store ready: ${created.path}\n`);

const collectorUrl = `http://${env.FLEETLENS_HOST}:${env.FLEETLENS_HTTP_PORT}`;
const runDir = join(dirname(created.path), 'run');
mkdirSync(runDir, { recursive: true });
const scrapeConfig = join(runDir, 'scrape.yml');
rmSync(scrapeConfig, { force: true });

if (env.FLEETLENS_SIMULATOR === 'on') {
  watch(
    startSupervised({
      name: 'simulator',
      command: process.execPath,
      args: ['--import', 'tsx', join(repoRoot, 'apps/simulator/src/main.ts')],
      env: {
        ...inheritedEnvironment(),
        FLEETLENS_SIM_COLLECTOR: collectorUrl,
        FLEETLENS_SIM_CONTROL_PORT: String(env.FLEETLENS_SIMULATOR_PORT),
        FLEETLENS_SIM_SCRAPE_CONFIG: scrapeConfig,
        // The timeline belongs to the store: a new store gets its own backfill.
        FLEETLENS_SIM_STATE_FILE: join(dirname(created.path), 'simulator', 'state.json'),
      },
      colorIndex: 1,
      isTty,
    }),
  );
  // The simulator writes the scrape targets it serves; the collector reads them at start.
  const deadline = Date.now() + 60_000;
  while (!existsSync(scrapeConfig) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

watch(
  startSupervised({
    name: 'collector',
    command: process.execPath,
    // The bundle `npm run collector` runs too (see apps/collector/build.ts).
    args: [join(repoRoot, 'apps/collector/dist/main.js')],
    env: {
      ...inheritedEnvironment(),
      DATABASE_URL: `file:${created.path}`,
      FLEETLENS_HOST: env.FLEETLENS_HOST,
      FLEETLENS_HTTP_PORT: String(env.FLEETLENS_HTTP_PORT),
      FLEETLENS_GRPC_PORT: String(env.FLEETLENS_GRPC_PORT),
      ...(existsSync(scrapeConfig) ? { FLEETLENS_SCRAPE_CONFIG: scrapeConfig } : {}),
    },
    colorIndex: 0,
    isTty,
  }),
);
await waitForHttp(`${collectorUrl}/api/v1/kpis`, 60_000);
process.stdout.write(
  `[start] collector: ${collectorUrl} (read API and /metrics), OTLP/gRPC on ${env.FLEETLENS_HOST}:${env.FLEETLENS_GRPC_PORT}\n`,
);

if (env.FLEETLENS_WEB === 'on') {
  const dashboardUrl = `http://${env.FLEETLENS_HOST}:${env.FLEETLENS_WEB_PORT}`;
  const web = startSupervised({
    name: 'web',
    ...dashboardCommand(repoRoot, env.FLEETLENS_HOST, env.FLEETLENS_WEB_PORT),
    env: {
      ...inheritedEnvironment(),
      DATABASE_URL: `file:${created.path}`,
      FLEETLENS_COLLECTOR_URL: collectorUrl,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    colorIndex: 2,
    isTty,
  });
  watch(web);
  await waitForHttp(`${dashboardUrl}/api/healthz`, 60_000);
  process.stdout.write(`[start] dashboard: ${dashboardUrl}\n`);
}
process.stdout.write('[start] press Ctrl-C to stop\n');
