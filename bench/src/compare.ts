import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { measureCeilings } from './ceilings.ts';
import { startCollector, waitForRollups } from './collector-process.ts';
import { renderComparison, verdicts } from './compare-report.ts';
import type { Pair, PhaseMemory } from './compare-report.ts';
import { checkpointSqlite, directoryBytes } from './disk.ts';
import { benchEnv } from './env.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpAnswer, HttpClient } from './http-client.ts';
import { historyChunks, historyRequests } from './history.ts';
import { describeMachine } from './machine.ts';
import { readPeakRssBytes, readRssBytes, stopProcess } from './processes.ts';
import { timeQueries } from './queries.ts';
import {
  acknowledgeOtlp,
  acknowledgeText,
  otlpRequests,
  readOtlpStored,
  textRequests,
} from './requests.ts';
import { appendResults } from './results-file.ts';
import { countStored, runRound } from './rounds.ts';
import type { BenchRequest, Round } from './rounds.ts';
import {
  acknowledgeVictoriaMetrics,
  forceFlush,
  readVictoriaMetricsStored,
  startVictoriaMetrics,
  waitUntilStored,
} from './victoria-metrics.ts';

/**
 * `npm run bench`: Fleetlens and VictoriaMetrics side by side on loopback, each with a fresh
 * data directory, fed the same generated fleet: live text-import rounds, then a history with
 * past timestamps; then the same dashboard queries on both, peak memory and bytes on disk.
 */
const {
  BENCH_TARGETS,
  BENCH_ROUNDS,
  BENCH_CONCURRENCY,
  BENCH_HISTORY_TARGETS,
  BENCH_HISTORY_DAYS,
  BENCH_HISTORY_INTERVAL_MINUTES,
  BENCH_HISTORY_STAMPS_PER_BODY,
  BENCH_QUERY_REPEATS,
} = benchEnv;

const method = [
  'Method: `npm run bench` (bench/README.md). One VictoriaMetrics (Debian package, response',
  'cache off) and one collector (WAL, synchronous=NORMAL, raw retention above the history,',
  'maintenance every minute as in production) on loopback, each with a fresh temporary data',
  `directory. ${BENCH_ROUNDS} text rounds: ${BENCH_TARGETS} targets each POST one Prometheus`,
  'text body (~195 samples) to /api/v1/import/prometheus, from',
  `${BENCH_CONCURRENCY} concurrent keep-alive senders; each round goes to both servers, the`,
  'first alternating; round 1 creates the series, the median is over the later ones. Then',
  `${BENCH_ROUNDS} OTLP protobuf rounds to the collector alone. Then a history:`,
  `${BENCH_HISTORY_TARGETS} more targets every ${BENCH_HISTORY_INTERVAL_MINUTES} min over`,
  `${BENCH_HISTORY_DAYS} days, ${BENCH_HISTORY_STAMPS_PER_BODY} timestamps per body. Stored`,
  'counts are checked after every round on both. A round is timed to its last answer: the',
  'collector answers after its commit, VictoriaMetrics after reading the body, adding the rows',
  'to its storage up to about a second later; the next round starts once',
  'vm_rows_added_to_storage_total holds them (polled every 20 ms; also shown as "until stored").',
  `Queries: ${BENCH_QUERY_REPEATS} timed runs each (after 2 warm-ups), the two servers`,
  'alternating; Fleetlens /api/v1/query with by=paradigm (its paradigm is detected from the',
  "source: Triton's counters are ai_ml, kubelet's pod starts container and edge), VictoriaMetrics",
  'query_range with the PromQL over the same source series, grouped by the paradigm label:',
  'requests_total = rate of nv_inference_request_{success,failure}; startup_seconds p95 =',
  'histogram_quantile over kubelet_pod_start_duration_seconds_bucket. Peak RSS is VmHWM; disk',
  'is allocated bytes of each data directory after a VictoriaMetrics force_flush and a SQLite',
  'WAL checkpoint, over the samples each server received.',
];

type Peer = {
  name: string;
  client: HttpClient;
  server: ChildProcess;
  acknowledge: (answer: HttpAnswer, request: BenchRequest) => number;
  storedTotal: () => number | Promise<number>;
  untilStored?: (rows: number) => Promise<void>;
};

/** One round to one server, failing unless its store gained what it acknowledged. */
const sendRound = async (peer: Peer, label: string, requests: BenchRequest[]) => {
  const round = await runRound({
    client: peer.client,
    server: peer.server,
    storedTotal: peer.storedTotal,
    requests,
    concurrency: BENCH_CONCURRENCY,
    acknowledge: peer.acknowledge,
    untilStored: peer.untilStored,
  });
  process.stdout.write(
    `${peer.name} ${label}: ${round.samples} in ${round.seconds.toFixed(2)} s = ` +
      `${Math.round(round.samples / round.seconds)}/s; stored ${round.stored}; ` +
      `server cpu s ${round.cpu.collector.toFixed(2)}\n`,
  );
  if (round.stored !== round.acknowledged) {
    throw new Error(`${peer.name} ${label}: stored ${round.stored} ≠ ${round.acknowledged}`);
  }

  return round;
};

/** Each batch to both servers, the first alternating so that noise falls on both. */
const sendToBoth = async (
  peers: Pair<Peer>,
  batches: Iterable<{ label: string; requests: BenchRequest[] }>,
): Promise<Pair<Round[]>> => {
  const rounds: Pair<Round[]> = { fleetlens: [], victoriaMetrics: [] };
  let index = 0;
  for (const { label, requests } of batches) {
    const order: (keyof Pair<Peer>)[] =
      index++ % 2 === 0 ? ['victoriaMetrics', 'fleetlens'] : ['fleetlens', 'victoriaMetrics'];
    for (const key of order) rounds[key].push(await sendRound(peers[key], label, requests));
  }

  return rounds;
};

function* textBatches(anchorMs: number) {
  for (let round = 0; round < BENCH_ROUNDS; round++) {
    const timestampMs = anchorMs - (BENCH_ROUNDS - round) * 60_000;
    yield {
      label: `text round ${round + 1}`,
      requests: textRequests(BENCH_TARGETS, round, timestampMs),
    };
  }
}

function* historyBatches(anchorMs: number) {
  const chunks = historyChunks(
    anchorMs - (BENCH_ROUNDS + 1) * 60_000,
    BENCH_HISTORY_DAYS,
    BENCH_HISTORY_INTERVAL_MINUTES,
    BENCH_HISTORY_STAMPS_PER_BODY,
  );
  for (const [i, chunk] of chunks.entries()) {
    yield {
      label: `history ${i + 1}/${chunks.length}`,
      requests: historyRequests(
        BENCH_TARGETS,
        BENCH_HISTORY_TARGETS,
        i * BENCH_HISTORY_STAMPS_PER_BODY,
        chunk,
      ),
    };
  }
}

const sum = (rounds: Round[]): number => rounds.reduce((total, round) => total + round.samples, 0);

const main = async (): Promise<void> => {
  const victoriaMetricsDir = mkdtempSync(join(tmpdir(), 'fleetlens-bench-vm-'));
  const fleetlensDir = mkdtempSync(join(tmpdir(), 'fleetlens-bench-'));
  const databasePath = join(fleetlensDir, 'fleetlens.db');
  const started: ChildProcess[] = [];
  const clients: HttpClient[] = [];
  try {
    const victoriaMetrics = await startVictoriaMetrics(victoriaMetricsDir);
    started.push(victoriaMetrics.child);
    const collector = await startCollector(databasePath, {
      // Raw samples are kept as long as VictoriaMetrics keeps them, so that both disks hold
      // the same history (the product drops raw samples after 14 days, keeping rollups).
      FLEETLENS_RETENTION_RAW_DAYS: String(BENCH_HISTORY_DAYS + 30),
    });
    started.push(collector.child);
    const fleetlensClient = createHttpClient(collector.baseUrl, BENCH_CONCURRENCY);
    const victoriaMetricsClient = createHttpClient(victoriaMetrics.baseUrl, BENCH_CONCURRENCY);
    clients.push(fleetlensClient, victoriaMetricsClient);
    const peers: Pair<Peer> = {
      fleetlens: {
        name: 'fleetlens',
        client: fleetlensClient,
        server: collector.child,
        acknowledge: acknowledgeText,
        storedTotal: () => countStored(databasePath),
      },
      victoriaMetrics: {
        name: 'victoria-metrics',
        client: victoriaMetricsClient,
        server: victoriaMetrics.child,
        acknowledge: acknowledgeVictoriaMetrics,
        storedTotal: () => readVictoriaMetricsStored(victoriaMetricsClient),
        untilStored: (rows) => waitUntilStored(victoriaMetricsClient, rows),
      },
    };

    const memoryByPhase: PhaseMemory[] = [];
    const recordMemory = (phase: string): void => {
      const pair = (read: (child: ChildProcess) => number): Pair<number> => ({
        fleetlens: read(collector.child),
        victoriaMetrics: read(victoriaMetrics.child),
      });
      memoryByPhase.push({
        phase,
        rssBytes: pair(readRssBytes),
        peakBytes: pair(readPeakRssBytes),
      });
    };
    recordMemory('start');

    const anchorMs = Date.now();
    const text = await sendToBoth(peers, textBatches(anchorMs));
    recordMemory('text rounds');
    const otlp: Round[] = [];
    for (let round = 0; round < BENCH_ROUNDS; round++) {
      const timestampMs = anchorMs - (BENCH_ROUNDS - round) * 60_000 + 1;
      const otlpRound = await runRound({
        client: fleetlensClient,
        server: collector.child,
        storedTotal: () => countStored(databasePath),
        requests: otlpRequests(BENCH_TARGETS, round, timestampMs),
        concurrency: BENCH_CONCURRENCY,
        acknowledge: acknowledgeOtlp,
        acknowledgedTotal: () => readOtlpStored(fleetlensClient),
      });
      if (otlpRound.stored !== otlpRound.acknowledged)
        throw new Error('OTLP: stored ≠ acknowledged');
      process.stdout.write(
        `fleetlens otlp round ${round + 1}: ${Math.round(otlpRound.samples / otlpRound.seconds)}/s\n`,
      );
      otlp.push(otlpRound);
    }
    recordMemory('OTLP rounds');
    const history = await sendToBoth(peers, historyBatches(anchorMs));
    recordMemory('history');

    await forceFlush(victoriaMetricsClient);
    process.stdout.write('waiting for the collector to roll the history up\n');
    const rollupWaitSeconds = await waitForRollups(
      collector.baseUrl,
      benchEnv.BENCH_ROLLUP_WAIT_SECONDS * 1000,
    );
    recordMemory('rollups caught up');
    const queries = await timeQueries(
      fleetlensClient,
      victoriaMetricsClient,
      Date.now(),
      BENCH_QUERY_REPEATS,
    );

    recordMemory('queries');

    await forceFlush(victoriaMetricsClient);
    checkpointSqlite(databasePath);
    const diskBytes = {
      fleetlens: directoryBytes(fleetlensDir),
      victoriaMetrics: directoryBytes(victoriaMetricsDir),
    };
    const peakRssBytes = {
      fleetlens: readPeakRssBytes(collector.child),
      victoriaMetrics: readPeakRssBytes(victoriaMetrics.child),
    };
    const fleetlensStoredRows = countStored(databasePath);
    for (const child of started) await stopProcess(child);

    // The OTLP decode ceiling: the plain decoder on one thread, with both servers stopped.
    const ceilingMs = Date.now();
    const ceilings = measureCeilings(
      textRequests(BENCH_TARGETS, 1, ceilingMs),
      otlpRequests(BENCH_TARGETS, 1, ceilingMs),
      ceilingMs,
    );
    const result = {
      machine: describeMachine(),
      method,
      text,
      otlp,
      history,
      ceilings,
      queries,
      peakRssBytes,
      memoryByPhase,
      diskBytes,
      samplesReceived: {
        fleetlens: sum(text.fleetlens) + sum(otlp) + sum(history.fleetlens),
        victoriaMetrics: sum(text.victoriaMetrics) + sum(history.victoriaMetrics),
      },
      fleetlensStoredRows,
      rollupWaitSeconds,
    };
    const report = renderComparison(result);
    process.stdout.write(`\n${report}\n`);
    process.stdout.write(`appended to ${appendResults(report)}\n`);
    if (verdicts(result).some((verdict) => !verdict.met)) {
      process.stdout.write('some targets are not met (see above)\n');
    }
  } finally {
    for (const client of clients) client.close();
    for (const child of started) await stopProcess(child);
    rmSync(victoriaMetricsDir, { recursive: true, force: true });
    rmSync(fleetlensDir, { recursive: true, force: true });
  }
};

await main();
