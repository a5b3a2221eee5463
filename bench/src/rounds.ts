import type { ChildProcess } from 'node:child_process';

import Database from 'better-sqlite3';

import type { HttpAnswer, HttpClient } from './http-client.ts';
import { sendAll } from './ledger.ts';
import { readCpuSeconds } from './processes.ts';

export type BenchRequest = {
  path: string;
  body: Uint8Array;
  headers: Record<string, string>;
  /** Raw samples or data points in the body. */
  samples: number;
};

export type Round = {
  samples: number;
  /** From the first request to the last answer. */
  seconds: number;
  /** To when the store held every acknowledged sample, for servers that store after answering. */
  storedSeconds: number;
  acknowledged: number;
  stored: number;
  /** CPU seconds during the round: the server, its main thread, and this sender. */
  cpu: { collector: number; main: number; sender: number };
};

export const countStored = (databasePath: string): number => {
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

/**
 * Sends every request once with bounded concurrency, as fast as the server answers, and
 * counts what its store gained. `acknowledge` reads one answer (throwing on a failure);
 * `acknowledgedTotal` may replace the sum of those, for protocols whose answer has no count.
 * The round ends when the last answer arrives; `untilStored`, for servers that store after
 * answering, then waits for the store, timed apart as `storedSeconds`.
 */
export const runRound = async ({
  client,
  server,
  storedTotal,
  requests,
  concurrency,
  acknowledge,
  acknowledgedTotal,
  untilStored,
}: {
  client: HttpClient;
  server: ChildProcess;
  storedTotal: () => number | Promise<number>;
  requests: BenchRequest[];
  concurrency: number;
  acknowledge: (answer: HttpAnswer, request: BenchRequest) => number;
  acknowledgedTotal?: () => Promise<number>;
  /** For servers that answer before storing: resolves once the store holds `rows`. */
  untilStored?: (rows: number) => Promise<void>;
}): Promise<Round> => {
  const samples = requests.reduce((total, request) => total + request.samples, 0);
  const storedBefore = await storedTotal();
  const acknowledgedBefore = await acknowledgedTotal?.();
  const cpuBefore = readCpuSeconds(server);
  const senderBefore = process.cpuUsage();
  const started = performance.now();
  const { acknowledged, failures } = await sendAll(requests, concurrency, async (request) => ({
    acknowledged: acknowledge(
      await client.post(request.path, request.body, request.headers),
      request,
    ),
  }));
  const seconds = (performance.now() - started) / 1000;
  await untilStored?.(storedBefore + acknowledged);
  const storedSeconds = (performance.now() - started) / 1000;
  const sender = process.cpuUsage(senderBefore);
  const cpuAfter = readCpuSeconds(server);
  if (failures > 0) throw new Error(`${failures} requests failed`);
  const acknowledgedAfter = await acknowledgedTotal?.();

  return {
    samples,
    seconds,
    storedSeconds,
    acknowledged:
      acknowledgedAfter === undefined
        ? acknowledged
        : acknowledgedAfter - (acknowledgedBefore ?? 0),
    stored: (await storedTotal()) - storedBefore,
    cpu: {
      collector: cpuAfter.total - cpuBefore.total,
      main: cpuAfter.main - cpuBefore.main,
      sender: (sender.user + sender.system) / 1e6,
    },
  };
};
