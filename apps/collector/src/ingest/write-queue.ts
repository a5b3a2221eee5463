import { createUnavailableError } from '../server/http-error.ts';

/**
 * The single writer's queue. Receivers submit and wait; the writer drains everything queued
 * into one transaction and only then resolves, so an acknowledgement always means committed.
 * The bound is in samples, not requests: one huge request and many small ones cost the same.
 * Under load, commits are spaced at least `minCommitIntervalMs` apart so that requests
 * arriving meanwhile share one (group commit: every commit writes each page it touched to the
 * WAL, so fewer and larger ones write far less); an idle queue commits at once.
 */
export type WriteQueue<TJob, TOutcome> = {
  submit: (job: TJob, size: number) => Promise<TOutcome>;
  depth: () => number;
  /** Resolves once everything submitted so far is committed or failed. */
  drain: () => Promise<void>;
};

type Pending<TJob, TOutcome> = {
  job: TJob;
  size: number;
  resolve: (outcome: TOutcome) => void;
  reject: (error: unknown) => void;
};

const RETRY_AFTER_FULL_SECONDS = 2;
const RETRY_AFTER_STORE_ERROR_SECONDS = 5;

export const createWriteQueue = <TJob, TOutcome>({
  maxSize,
  maxBatchSize,
  minCommitIntervalMs = 0,
  commit,
  onCommitError,
}: {
  maxSize: number;
  /** Upper bound of one transaction, so a backlog drains in steps and readers get turns. */
  maxBatchSize: number;
  minCommitIntervalMs?: number;
  /** Writes all jobs in one transaction; returns one outcome per job, in order. */
  commit: (jobs: TJob[]) => TOutcome[];
  onCommitError: (error: unknown) => void;
}): WriteQueue<TJob, TOutcome> => {
  let queue: Pending<TJob, TOutcome>[] = [];
  let queuedSize = 0;
  let scheduled = false;
  let timer: NodeJS.Timeout | undefined;
  let lastCommitAt = Number.NEGATIVE_INFINITY;
  let idleWaiters: (() => void)[] = [];

  const runOnce = (): void => {
    scheduled = false;
    timer = undefined;
    lastCommitAt = performance.now();
    let taken = 0;
    let takenSize = 0;
    while (taken < queue.length && (taken === 0 || takenSize < maxBatchSize)) {
      takenSize += queue[taken]?.size ?? 0;
      taken += 1;
    }
    const batch = queue.slice(0, taken);
    queue = queue.slice(taken);
    queuedSize -= takenSize;

    try {
      const outcomes = commit(batch.map((pending) => pending.job));
      batch.forEach((pending, index) => pending.resolve(outcomes[index] as TOutcome));
    } catch (error) {
      onCommitError(error);
      const unavailable = createUnavailableError(
        'the store could not commit this batch; retry later',
        RETRY_AFTER_STORE_ERROR_SECONDS,
      );
      for (const pending of batch) pending.reject(unavailable);
    }

    if (queue.length > 0) {
      schedule();
      return;
    }
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const wake of waiters) wake();
  };

  const schedule = (): void => {
    const wait = lastCommitAt + minCommitIntervalMs - performance.now();
    const isFull = queuedSize >= maxBatchSize;
    if (scheduled) {
      if (timer === undefined || !isFull) return;
      clearTimeout(timer);
    }
    scheduled = true;
    if (wait <= 0 || isFull) {
      timer = undefined;
      setImmediate(runOnce);
    } else {
      timer = setTimeout(runOnce, wait);
    }
  };

  return {
    submit: (job, size) => {
      if (queuedSize > 0 && queuedSize + size > maxSize) {
        return Promise.reject(
          createUnavailableError(
            `write queue full (${queuedSize} samples waiting); retry later`,
            RETRY_AFTER_FULL_SECONDS,
          ),
        );
      }
      queuedSize += size;

      return new Promise<TOutcome>((resolve, reject) => {
        queue.push({ job, size, resolve, reject });
        schedule();
      });
    },
    depth: () => queuedSize,
    drain: () =>
      queue.length === 0 && !scheduled
        ? Promise.resolve()
        : new Promise<void>((resolve) => idleWaiters.push(resolve)),
  };
};
