import type { ChildProcess } from 'node:child_process';

import { benchEnv } from './env.ts';
import type { HttpAnswer, HttpClient } from './http-client.ts';
import { findFreePort, startProcess, stopProcess, waitForHttp } from './processes.ts';
import type { BenchRequest } from './rounds.ts';

export type VictoriaMetricsProcess = { child: ChildProcess; baseUrl: string };

/**
 * The peer: single-node VictoriaMetrics on loopback with its data in `dataDir`. Retention is
 * long enough for any backfill; its response cache is off so that repeated queries are
 * computed each time, as the collector computes them.
 */
export const startVictoriaMetrics = async (dataDir: string): Promise<VictoriaMetricsProcess> => {
  const port = await findFreePort();
  const child = startProcess(
    benchEnv.BENCH_VICTORIA_METRICS,
    [
      `-storageDataPath=${dataDir}`,
      `-httpListenAddr=127.0.0.1:${port}`,
      '-retentionPeriod=100y',
      '-search.disableCache',
      '-loggerLevel=ERROR',
    ],
    {},
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/health`, 30_000);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }

  return { child, baseUrl };
};

/** The import answers 204 with no body; every sample of an accepted body is stored. */
export const acknowledgeVictoriaMetrics = (answer: HttpAnswer, request: BenchRequest): number => {
  if (answer.status !== 204) throw new Error(`HTTP ${answer.status}: ${answer.body.toString()}`);

  return request.samples;
};

const ROWS_ADDED = /^vm_rows_added_to_storage_total (\d+)/m;

/** Rows VictoriaMetrics has added to its storage, from its own /metrics. */
export const readVictoriaMetricsStored = async (client: HttpClient): Promise<number> =>
  Number(ROWS_ADDED.exec((await client.get('/metrics')).body.toString())?.[1] ?? 0);

/**
 * VictoriaMetrics answers an import once it has read the body and adds the rows afterwards;
 * a round ends when its storage holds them, as the collector's ends with its commit.
 */
export const waitUntilStored = async (client: HttpClient, rows: number): Promise<void> => {
  const deadline = performance.now() + 60_000;
  while ((await readVictoriaMetricsStored(client)) < rows) {
    if (performance.now() > deadline) throw new Error(`VictoriaMetrics did not store ${rows} rows`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** Writes in-memory parts to disk, so that the data directory holds every stored sample. */
export const forceFlush = async (client: HttpClient): Promise<void> => {
  const answer = await client.get('/internal/force_flush');
  if (answer.status !== 200) throw new Error(`force_flush: HTTP ${answer.status}`);
};
