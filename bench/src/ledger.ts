/** Sends requests with bounded concurrency and keeps the acknowledged counts. */
export const sendAll = async <T>(
  items: T[],
  concurrency: number,
  send: (item: T) => Promise<{ acknowledged: number }>,
): Promise<{ acknowledged: number; failures: number }> => {
  let next = 0;
  let acknowledged = 0;
  let failures = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        // Read the answer before adding: `x += await y` reads x before the await.
        const answer = await send(item);
        acknowledged += answer.acknowledged;
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  return { acknowledged, failures };
};

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The nearest-rank percentile (p in 0–100) of a list of values. */
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));

  return sorted[rank - 1] ?? 0;
};
