/**
 * The suite's collector runs on a fixed clock, so the explicit timestamps of the inputs are
 * always inside its backfill and future windows and every run reads the same data, whatever
 * the day. Inputs are stamped 2025-06-01T12:00:00Z (+15 s for a second scrape).
 */
export const NOW_MS = Date.UTC(2025, 5, 2, 0, 0, 0);

export const NOW_NS = BigInt(NOW_MS) * 1_000_000n;

const toSeconds = (ms: number): string => String(ms / 1000);

/** Read windows wide enough for every input, in the Unix seconds the read API accepts. */
export const WINDOW = {
  from: toSeconds(NOW_MS - 2 * 86_400_000),
  to: toSeconds(NOW_MS + 3_600_000),
  /** One step per hour keeps both scrapes of a case in one histogram cell. */
  step: '1h',
};
