import { describe, expect, it } from 'vitest';

import { HttpError } from '../server/http-error.ts';
import { createWriteQueue } from './write-queue.ts';

describe('createWriteQueue', () => {
  it('commits everything queued in one transaction and resolves each job after it', async () => {
    const commits: number[][] = [];
    const queue = createWriteQueue<number, string>({
      maxSize: 100,
      maxBatchSize: 100,
      commit: (jobs) => {
        commits.push(jobs);
        return jobs.map((job) => `ok:${job}`);
      },
      onCommitError: () => undefined,
    });

    const results = await Promise.all([queue.submit(1, 1), queue.submit(2, 1), queue.submit(3, 1)]);

    expect(results).toEqual(['ok:1', 'ok:2', 'ok:3']);
    expect(commits).toEqual([[1, 2, 3]]);
    expect(queue.depth()).toBe(0);
  });

  it('answers 503 with Retry-After when the bound would be exceeded', async () => {
    const queue = createWriteQueue<number, number>({
      maxSize: 10,
      maxBatchSize: 10,
      commit: (jobs) => jobs,
      onCommitError: () => undefined,
    });
    const first = queue.submit(1, 8);
    const refused = queue.submit(2, 8);

    await expect(refused).rejects.toMatchObject({ status: 503, headers: { 'retry-after': '2' } });
    await expect(first).resolves.toBe(1);
  });

  it('turns a store failure into a retryable 503 for every job of the batch', async () => {
    const queue = createWriteQueue<number, number>({
      maxSize: 10,
      maxBatchSize: 10,
      commit: () => {
        throw new Error('SQLITE_FULL');
      },
      onCommitError: () => undefined,
    });

    const outcome = queue.submit(1, 1).catch((error: unknown) => error);

    const error = await outcome;
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
  });

  it('splits a backlog into transactions no larger than maxBatchSize', async () => {
    const sizes: number[] = [];
    const queue = createWriteQueue<number, number>({
      maxSize: 1000,
      maxBatchSize: 10,
      commit: (jobs) => {
        sizes.push(jobs.length);
        return jobs;
      },
      onCommitError: () => undefined,
    });

    await Promise.all(Array.from({ length: 25 }, (_, index) => queue.submit(index, 1)));
    await queue.drain();

    expect(sizes).toEqual([10, 10, 5]);
  });

  it('commits an idle queue at once and groups what arrives within the commit interval', async () => {
    const commits: number[][] = [];
    const queue = createWriteQueue<number, number>({
      maxSize: 1000,
      maxBatchSize: 100,
      minCommitIntervalMs: 50,
      commit: (jobs) => {
        commits.push(jobs);
        return jobs;
      },
      onCommitError: () => undefined,
    });

    const started = performance.now();
    await queue.submit(1, 1);
    const first = performance.now() - started;
    await Promise.all([2, 3, 4].map((job) => queue.submit(job, 1)));

    expect(first).toBeLessThan(40);
    expect(commits).toEqual([[1], [2, 3, 4]]);
  });

  it('does not wait out the interval once a transaction is full', async () => {
    const commits: number[][] = [];
    const queue = createWriteQueue<number, number>({
      maxSize: 1000,
      maxBatchSize: 2,
      minCommitIntervalMs: 60_000,
      commit: (jobs) => {
        commits.push(jobs);
        return jobs;
      },
      onCommitError: () => undefined,
    });

    await queue.submit(1, 1);
    await Promise.all([2, 3].map((job) => queue.submit(job, 1)));

    expect(commits).toEqual([[1], [2, 3]]);
  });
});
