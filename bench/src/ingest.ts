import { appendFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import Database from 'better-sqlite3';

import { benchEnv } from './env.ts';
import { median, sendAll } from './ledger.ts';
import { describeMachine } from './machine.ts';
import {
  findFreePort,
  readPeakRssBytes,
  startProcess,
  stopProcess,
  waitForHttp,
} from './processes.ts';
import { renderTarget } from './workload.ts';

/**
 * `npm run bench:ingest`: text-import throughput end to end over HTTP into the SQLite store.
 * The collector runs as its own process on loopback with a fresh store; every round sends
 * every target's exposition once (new timestamps each round), as fast as the collector
 * acknowledges, and afterwards the store must hold exactly what was acknowledged.
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { BENCH_TARGETS, BENCH_ROUNDS, BENCH_CONCURRENCY } = benchEnv;

type Round = { samples: number; seconds: number; acknowledged: number; stored: number };

const countStored = (databasePath: string): number => {
  const db = new Database(databasePath, { readonly: true });
  try {
    const row = db
      .prepare<[], { total: number }>(
        'SELECT (SELECT count(*) FROM sample) + (SELECT count(*) FROM histogram_sample) + ' +
          '(SELECT count(*) FROM summary_sample) AS total',
      )
      .get();

    return row?.total ?? 0;
  } finally {
    db.close();
  }
};

const runRound = async (baseUrl: string, round: number, databasePath: string): Promise<Round> => {
  const bodies = Array.from({ length: BENCH_TARGETS }, (_, target) => ({
    target,
    ...renderTarget(target, round),
  }));
  const samples = bodies.reduce((total, body) => total + body.samples, 0);
  const storedBefore = countStored(databasePath);
  const timestampMs = Date.now() - (BENCH_ROUNDS - round) * 60_000;
  const started = performance.now();
  const { acknowledged, failures } = await sendAll(bodies, BENCH_CONCURRENCY, async (body) => {
    const url = `${baseUrl}/api/v1/import/prometheus?job=bench&instance=target-${body.target}&timestamp=${timestampMs}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; version=0.0.4' },
      body: body.text,
    });
    const answer = (await response.json()) as { stored?: number };
    if (!response.ok) throw new Error(`HTTP ${response.status}`);

    return { acknowledged: answer.stored ?? 0 };
  });
  const seconds = (performance.now() - started) / 1000;
  if (failures > 0) throw new Error(`${failures} import requests failed`);

  return { samples, seconds, acknowledged, stored: countStored(databasePath) - storedBefore };
};

const main = async (): Promise<void> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fleetlens-bench-'));
  const databasePath = join(dataDir, 'fleetlens.db');
  const port = await findFreePort();
  const profile = benchEnv.BENCH_CPU_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${benchEnv.BENCH_CPU_PROFILE}`]
    : [];
  const collector = startProcess(
    'node',
    [...profile, '--import', 'tsx', join(repoRoot, 'apps/collector/src/main.ts')],
    {
      DATABASE_URL: `file:${databasePath}`,
      FLEETLENS_HTTP_PORT: String(port),
      FLEETLENS_GRPC_PORT: String(await findFreePort()),
      FLEETLENS_SQLITE_SYNCHRONOUS: 'NORMAL',
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/api/v1/kpis`, 60_000);
    const rounds: Round[] = [];
    for (let round = 0; round < BENCH_ROUNDS; round++) {
      const result = await runRound(baseUrl, round, databasePath);
      rounds.push(result);
      process.stdout.write(
        `round ${round + 1}: ${result.samples} samples in ${result.seconds.toFixed(2)} s = ` +
          `${Math.round(result.samples / result.seconds)} samples/s; acknowledged ${result.acknowledged}, stored ${result.stored}\n`,
      );
      if (result.stored !== result.acknowledged) {
        throw new Error(`stored ${result.stored} ≠ acknowledged ${result.acknowledged}`);
      }
    }
    const rate = median(rounds.map((round) => round.samples / round.seconds));
    const peakRss = readPeakRssBytes(collector);
    const bytesPerStored =
      statSync(databasePath).size / rounds.reduce((total, round) => total + round.stored, 0);
    const report = [
      `## Ingest, ${new Date().toISOString()}`,
      '',
      `Machine: ${describeMachine()}`,
      '',
      `Method: \`npm run bench:ingest\`. ${BENCH_TARGETS} targets × ~195 series (cAdvisor-, Triton-,`,
      'geth- and histogram-like families), Prometheus text POSTed to',
      `/api/v1/import/prometheus with ${BENCH_CONCURRENCY} concurrent senders; one collector`,
      'process on loopback, fresh SQLite store (WAL, synchronous=NORMAL); median of',
      `${BENCH_ROUNDS} rounds. Every round checks stored = acknowledged.`,
      '',
      '| measure | value |',
      '| --- | --- |',
      `| text import, raw samples/s (median) | ${Math.round(rate)} |`,
      `| rounds (samples/s) | ${rounds.map((round) => Math.round(round.samples / round.seconds)).join(', ')} |`,
      `| stored rows per round | ${rounds.map((round) => round.stored).join(', ')} |`,
      `| collector peak RSS | ${(peakRss / 2 ** 20).toFixed(0)} MiB |`,
      `| store bytes per stored row | ${bytesPerStored.toFixed(1)} |`,
      '',
    ].join('\n');
    process.stdout.write(`\n${report}\n`);
    const resultsDir = benchEnv.BENCH_RESULTS_DIR ?? join(repoRoot, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    appendFileSync(join(resultsDir, `${new Date().toISOString().slice(0, 10)}.md`), `${report}\n`);
  } finally {
    await stopProcess(collector);
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
