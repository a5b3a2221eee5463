const MINUTE_MS = 60_000;

/**
 * At most `cap` cold starts per minute, evenly spread over each minute's arrivals (input
 * oldest first). A scale-out burst is hundreds of cold starts that share one cause (the same
 * node, image pull, contention): as evidence they are worth a few independent samples, not
 * hundreds, and counting them all would let one burst decide the rank test. Also bounds the
 * cost of a busy platform's evaluation.
 */
export const capPerMinute = <T extends { tsMs: number }>(rows: readonly T[], cap: number): T[] => {
  const kept: T[] = [];
  for (let start = 0; start < rows.length;) {
    const minute = Math.floor((rows[start] as T).tsMs / MINUTE_MS);
    let end = start + 1;
    while (end < rows.length && Math.floor((rows[end] as T).tsMs / MINUTE_MS) === minute) end++;
    const count = end - start;
    if (count <= cap) {
      for (let i = start; i < end; i++) kept.push(rows[i] as T);
    } else {
      for (let i = 0; i < cap; i++) kept.push(rows[start + Math.floor((i * count) / cap)] as T);
    }
    start = end;
  }

  return kept;
};
