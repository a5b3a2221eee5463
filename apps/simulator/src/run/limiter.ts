/**
 * At most `concurrency` tasks in flight; the rest wait in order. Tasks build their request
 * body only when they start, so a long backfill never holds more than a few bodies.
 */
export const createLimiter = (concurrency: number) => {
  const waiting: (() => void)[] = [];
  const idleWaiters: (() => void)[] = [];
  let running = 0;

  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next !== undefined) next();
    else if (running === 0) idleWaiters.splice(0).forEach((resolve) => resolve());
  };

  return {
    run: async <T>(task: () => Promise<T>): Promise<T> => {
      if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
      running += 1;
      try {
        return await task();
      } finally {
        release();
      }
    },
    /** Resolves once nothing runs and nothing waits. */
    idle: (): Promise<void> =>
      running === 0 && waiting.length === 0
        ? Promise.resolve()
        : new Promise((resolve) => idleWaiters.push(resolve)),
    get pending(): number {
      return running + waiting.length;
    },
  };
};

export type Limiter = ReturnType<typeof createLimiter>;
