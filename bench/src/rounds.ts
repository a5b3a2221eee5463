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
  seconds: number;
  acknowledged: number;
  stored: number;
  /** CPU seconds during the round: the collector, its main thread, and this sender. */
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
 * Sends every request once with bounded concurrency, as fast as the collector answers, and
 * counts what the store gained. `acknowledge` reads one answer (throwing on a failure);
 * `acknowledgedTotal` may replace the sum of those, for protocols whose answer has no count.
 */
export const runRound = async ({
  client,
  collector,
  databasePath,
  requests,
  concurrency,
  acknowledge,
  acknowledgedTotal,
}: {
  client: HttpClient;
  collector: ChildProcess;
  databasePath: string;
  requests: BenchRequest[];
  concurrency: number;
  acknowledge: (answer: HttpAnswer) => number;
  acknowledgedTotal?: () => Promise<number>;
}): Promise<Round> => {
  const samples = requests.reduce((total, request) => total + request.samples, 0);
  const storedBefore = countStored(databasePath);
  const acknowledgedBefore = await acknowledgedTotal?.();
  const cpuBefore = readCpuSeconds(collector);
  const senderBefore = process.cpuUsage();
  const started = performance.now();
  const { acknowledged, failures } = await sendAll(requests, concurrency, async (request) => ({
    acknowledged: acknowledge(await client.post(request.path, request.body, request.headers)),
  }));
  const seconds = (performance.now() - started) / 1000;
  const sender = process.cpuUsage(senderBefore);
  const cpuAfter = readCpuSeconds(collector);
  if (failures > 0) throw new Error(`${failures} requests failed`);
  const acknowledgedAfter = await acknowledgedTotal?.();

  return {
    samples,
    seconds,
    acknowledged:
      acknowledgedAfter === undefined
        ? acknowledged
        : acknowledgedAfter - (acknowledgedBefore ?? 0),
    stored: countStored(databasePath) - storedBefore,
    cpu: {
      collector: cpuAfter.total - cpuBefore.total,
      main: cpuAfter.main - cpuBefore.main,
      sender: (sender.user + sender.system) / 1e6,
    },
  };
};
