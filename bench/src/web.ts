import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { LIVE_BACKLOG_HOURS, readRollupBacklog } from './collector-process.ts';
import { benchEnv } from './env.ts';
import { median } from './ledger.ts';
import { describeMachine } from './machine.ts';
import { markdownTable } from './markdown-table.ts';
import { findFreePort, startProcess, stopProcess, waitForHttp } from './processes.ts';
import { appendResults, repoRoot } from './results-file.ts';
import { largestChunks, measureRouteWeights } from './web-weight.ts';
import { VIEWS, timeViews } from './web-views.ts';

/**
 * `npm run bench:web`: the dashboard's weight (first-load JS per route of its build) and the
 * load time of each view in Chromium, with the product started as `npm start` starts it and
 * the simulated fleet's history behind it.
 */
const FIRST_LOAD_TARGET_BYTES = 250 * 1024;

const simulatorPhase = async (simulatorUrl: string): Promise<string | undefined> => {
  try {
    return ((await (await fetch(`${simulatorUrl}/healthz`)).json()) as { phase?: string }).phase;
  } catch {
    return undefined;
  }
};

/** The backfill is in, rolled up for long ranges, and the fleet reports live. */
const waitForHistory = async (collectorUrl: string, simulatorUrl: string): Promise<number> => {
  const started = performance.now();
  const deadline = started + benchEnv.BENCH_WEB_READY_SECONDS * 1000;
  for (;;) {
    const live = (await simulatorPhase(simulatorUrl)) === 'live';
    const backlog = await readRollupBacklog(collectorUrl).catch(() => Number.POSITIVE_INFINITY);
    if (live && backlog <= LIVE_BACKLOG_HOURS) return (performance.now() - started) / 1000;
    if (performance.now() > deadline) throw new Error('the simulated history did not come in');
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
};

const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

const main = async (): Promise<void> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fleetlens-bench-web-'));
  const [httpPort, grpcPort, webPort, simulatorPort] = [
    await findFreePort(),
    await findFreePort(),
    await findFreePort(),
    await findFreePort(),
  ];
  const product = startProcess(
    'node',
    ['--import', 'tsx', join(repoRoot, 'scripts/src/start.ts')],
    {
      DATABASE_URL: `file:${join(dataDir, 'fleetlens.db')}`,
      FLEETLENS_HTTP_PORT: String(httpPort),
      FLEETLENS_GRPC_PORT: String(grpcPort),
      FLEETLENS_WEB_PORT: String(webPort),
      FLEETLENS_SIMULATOR_PORT: String(simulatorPort),
      FLEETLENS_SIM_SCRAPE_PORT: '0',
      FLEETLENS_SIM_BACKFILL_DAYS: String(benchEnv.BENCH_WEB_BACKFILL_DAYS),
      FLEETLENS_SQLITE_SYNCHRONOUS: 'NORMAL',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  );
  const dashboardUrl = `http://127.0.0.1:${webPort}`;
  try {
    process.stdout.write('starting the product (builds the dashboard if it changed)\n');
    await waitForHttp(`${dashboardUrl}/api/healthz`, 600_000);
    const webDir = join(repoRoot, 'apps', 'web');
    const weights = measureRouteWeights(webDir);
    const readySeconds = await waitForHistory(
      `http://127.0.0.1:${httpPort}`,
      `http://127.0.0.1:${simulatorPort}`,
    );
    process.stdout.write(`history in and rolled up after ${readySeconds.toFixed(0)} s\n`);
    const timings = await timeViews(dashboardUrl, benchEnv.BENCH_WEB_REPEATS);
    await stopProcess(product);

    const pages = weights.filter((weight) => !weight.route.startsWith('/_'));
    const heaviest = Math.max(...pages.map((weight) => weight.gzipBytes));
    const report = [
      `## Dashboard weight and speed, ${new Date().toISOString()}`,
      '',
      `Machine: ${describeMachine()}`,
      '',
      'Method: `npm run bench:web` (bench/README.md). First-load JS per route: the chunks of',
      "`.next/diagnostics/route-bundle-stats.json` from the dashboard's production build, gzipped",
      'at level 9 with zlib and summed. Load time: the product started as `npm start` does (fresh',
      `store, simulated fleet with ${benchEnv.BENCH_WEB_BACKFILL_DAYS} days of backfill, rollups caught up), Debian's`,
      'Chromium headless via playwright-core, each view over the last 30 days in a fresh context',
      '(empty cache), timed from navigation until no panel is busy and a chart or table row is',
      `drawn; median of ${benchEnv.BENCH_WEB_REPEATS}.`,
      '',
      ...markdownTable([
        ['route', 'chunks', 'first-load JS KiB', 'gzip KiB'],
        ...pages.map((weight) => [
          weight.route,
          String(weight.chunks),
          kib(weight.rawBytes),
          kib(weight.gzipBytes),
        ]),
      ]),
      '',
      ...markdownTable([
        ['view (from=now-30d)', 'load ms, median', 'runs'],
        ...VIEWS.map((view) => {
          const runs = timings.get(view) ?? [];
          return [view, median(runs).toFixed(0), runs.map((ms) => ms.toFixed(0)).join(', ')];
        }),
      ]),
      '',
      `Largest first-load chunks (gzip KiB): ${largestChunks(webDir, 5)
        .map((chunk) => `${chunk.path.split('/').pop() ?? chunk.path} ${kib(chunk.gzipBytes)}`)
        .join(', ')}.`,
      '',
      `Target first-load JS ≤ 250 KiB gzip per route: ${heaviest <= FIRST_LOAD_TARGET_BYTES ? 'met' : 'not met'} (heaviest ${kib(heaviest)} KiB).`,
      '',
    ].join('\n');
    process.stdout.write(`\n${report}\n`);
    process.stdout.write(`appended to ${appendResults(report)}\n`);
  } finally {
    await stopProcess(product);
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
