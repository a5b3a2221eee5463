import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { findFreePort, startProcess, stopProcess, waitForHttp } from './processes.ts';
import { repoRoot } from './results-file.ts';

export type CollectorProcess = { child: ChildProcess; baseUrl: string };

const collectorDir = join(repoRoot, 'apps/collector');

/** Bundles the collector as `npm run collector` does, once per bench process. */
let built = false;
const buildCollector = (): void => {
  if (built) return;
  execFileSync(process.execPath, ['--import', 'tsx', 'build.ts'], {
    cwd: collectorDir,
    stdio: 'inherit',
  });
  built = true;
};

/**
 * The real collector as its own process on loopback, run as `npm run collector` runs it (the
 * bundled dist/main.js), with a store at `databasePath` (WAL, synchronous=NORMAL). `env` adds
 * or overrides collector variables.
 */
export const startCollector = async (
  databasePath: string,
  env: Record<string, string> = {},
  nodeOptions: string[] = [],
): Promise<CollectorProcess> => {
  buildCollector();
  const port = await findFreePort();
  const child = startProcess('node', [...nodeOptions, join(collectorDir, 'dist/main.js')], {
    DATABASE_URL: `file:${databasePath}`,
    FLEETLENS_HTTP_PORT: String(port),
    FLEETLENS_GRPC_PORT: String(await findFreePort()),
    FLEETLENS_SQLITE_SYNCHRONOUS: 'NORMAL',
    ...env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/api/v1/kpis`, 60_000);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }

  return { child, baseUrl };
};

const ROLLUP_BACKLOG = /^fleetlens_rollup_pending_hours (\d+)/m;

/** The hours of samples not rolled up yet, from the collector's /metrics. */
export const readRollupBacklog = async (baseUrl: string): Promise<number> => {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const match = ROLLUP_BACKLOG.exec(text);

  return match?.[1] === undefined ? Number.POSITIVE_INFINITY : Number(match[1]);
};

/** The live hours are always being rolled up; a backlog beyond them is the backfill's. */
export const LIVE_BACKLOG_HOURS = 3;

/** Waits until the rollups caught up with the backfill; answers how long that took. */
export const waitForRollups = async (baseUrl: string, timeoutMs: number): Promise<number> => {
  const started = performance.now();
  while ((await readRollupBacklog(baseUrl)) > LIVE_BACKLOG_HOURS) {
    if (performance.now() - started > timeoutMs) {
      throw new Error(`rollup backlog still above ${LIVE_BACKLOG_HOURS} h after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  return (performance.now() - started) / 1000;
};
