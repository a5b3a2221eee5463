import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { measureCeilings } from './ceilings.ts';
import { startCollector } from './collector-process.ts';
import { benchEnv } from './env.ts';
import { createHttpClient } from './http-client.ts';
import { describeMachine } from './machine.ts';
import { readPeakRssBytes, stopProcess } from './processes.ts';
import { renderReport, steadyRate } from './report.ts';
import type { ProtocolResult } from './report.ts';
import { appendResults } from './results-file.ts';
import {
  acknowledgeOtlp,
  acknowledgeText,
  otlpRequests,
  readOtlpStored,
  textRequests,
} from './requests.ts';
import { countStored, runRound } from './rounds.ts';
import type { BenchRequest, Round } from './rounds.ts';

/**
 * `npm run bench:ingest`: text-import and OTLP/HTTP protobuf throughput end to end over HTTP
 * into the SQLite store. The collector runs as its own process on loopback with a fresh store;
 * every round sends every target's body once (new timestamps each round), as fast as the
 * collector acknowledges, and afterwards the store must hold exactly what was acknowledged.
 */
const { BENCH_TARGETS, BENCH_ROUNDS, BENCH_CONCURRENCY } = benchEnv;

const method = [
  `Method: \`npm run bench:ingest\` (bench/README.md). ${BENCH_TARGETS} targets each send one body`,
  'per round: Prometheus text (~195 samples of cAdvisor-, Triton-, geth- and histogram-like',
  'families) to /api/v1/import/prometheus, then in separate rounds OTLP protobuf (196 data',
  'points of kubeletstats-like k8s.pod.* and container.* metrics) to /v1/metrics;',
  `${BENCH_CONCURRENCY} concurrent senders over keep-alive connections; one collector process on`,
  'loopback (default decode workers), fresh SQLite store (WAL, synchronous=NORMAL), rollup',
  `maintenance deferred. ${BENCH_ROUNDS} rounds per protocol: round 1 creates the series, the`,
  'median is over the later ones. Every round checks stored rows = acknowledged.',
];

const runProtocol = async (
  name: string,
  render: (round: number, timestampMs: number) => BenchRequest[],
  run: (requests: BenchRequest[]) => Promise<Round>,
): Promise<Round[]> => {
  const rounds: Round[] = [];
  for (let round = 0; round < BENCH_ROUNDS; round++) {
    const timestampMs = Date.now() - (BENCH_ROUNDS - round) * 60_000;
    const result = await run(render(round, timestampMs));
    rounds.push(result);
    process.stdout.write(
      `${name} round ${round + 1}: ${result.samples} in ${result.seconds.toFixed(2)} s = ` +
        `${Math.round(result.samples / result.seconds)}/s; acknowledged ${result.acknowledged}, ` +
        `stored ${result.stored}; cpu s collector ${result.cpu.collector.toFixed(2)} ` +
        `(main ${result.cpu.main.toFixed(2)}), sender ${result.cpu.sender.toFixed(2)}\n`,
    );
    if (result.stored !== result.acknowledged) {
      throw new Error(`${name}: stored ${result.stored} ≠ acknowledged ${result.acknowledged}`);
    }
  }

  return rounds;
};

const main = async (): Promise<void> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fleetlens-bench-'));
  const databasePath = join(dataDir, 'fleetlens.db');
  const profile = benchEnv.BENCH_CPU_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${benchEnv.BENCH_CPU_PROFILE}`]
    : [];
  const { child: collector, baseUrl } = await startCollector(
    databasePath,
    // Rollups and retention run on the writer's thread every minute in production; deferred
    // here so that a round measures ingest, not whichever round the timer happens to hit.
    { FLEETLENS_MAINTENANCE_INTERVAL_SECONDS: '3600' },
    profile,
  );
  const client = createHttpClient(baseUrl, BENCH_CONCURRENCY);
  try {
    const common = {
      client,
      server: collector,
      storedTotal: () => countStored(databasePath),
      concurrency: BENCH_CONCURRENCY,
    };
    const protocols: ProtocolResult[] = [
      {
        name: 'text import',
        unit: 'samples',
        rounds: await runProtocol(
          'text',
          (round, timestampMs) => textRequests(BENCH_TARGETS, round, timestampMs),
          (requests) => runRound({ ...common, requests, acknowledge: acknowledgeText }),
        ),
      },
      {
        name: 'OTLP protobuf',
        unit: 'points',
        rounds: await runProtocol(
          'otlp',
          (round, timestampMs) => otlpRequests(BENCH_TARGETS, round, timestampMs),
          (requests) =>
            runRound({
              ...common,
              requests,
              acknowledge: acknowledgeOtlp,
              acknowledgedTotal: () => readOtlpStored(client),
            }),
        ),
      },
    ];
    const peakRssBytes = readPeakRssBytes(collector);
    await stopProcess(collector);

    const timestampMs = Date.now();
    const ceilings = measureCeilings(
      textRequests(BENCH_TARGETS, 1, timestampMs),
      otlpRequests(BENCH_TARGETS, 1, timestampMs),
      timestampMs,
    );
    const storedRows = protocols
      .flatMap((protocol) => protocol.rounds)
      .reduce((total, round) => total + round.stored, 0);
    const report = renderReport({
      machine: describeMachine(),
      method,
      protocols,
      ceilings,
      peakRssBytes,
      bytesPerStoredRow: statSync(databasePath).size / storedRows,
    });
    process.stdout.write(`\n${report}\n`);
    for (const protocol of protocols) {
      process.stdout.write(`${protocol.name}: ${Math.round(steadyRate(protocol.rounds))}/s\n`);
    }
    appendResults(report);
  } finally {
    client.close();
    await stopProcess(collector);
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
