/** Pairs are trusted up to this many times a series' usual spacing (Grafana's rate interval uses 4). */
const SPACING_FACTOR = 2.5;

/** Below this many gaps a series' spacing says nothing about how often it reports. */
const MIN_GAPS = 3;

/** Scratch for the gaps of one series; a typed array sorts numerically without a comparator. */
let gaps = new Float64Array(64);

/**
 * The longest gap between two samples of a series that still forms a pair: the query's own
 * bound, widened for a series that reports less often than that (a 10-minute backfill, a
 * 15-minute exporter), as Grafana's $__rate_interval widens the window to the scrape
 * interval. A series that went away and came back stays unpaired: its gap is far beyond its
 * usual spacing.
 */
export const pairGapMs = (offsets: readonly number[], queryGapMs: number): number => {
  if (offsets.length <= MIN_GAPS) return queryGapMs;
  const count = offsets.length - 1;
  if (gaps.length < count) gaps = new Float64Array(Math.max(count, 2 * gaps.length));
  for (let i = 0; i < count; i++) {
    gaps[i] = (offsets[i + 1] as number) - (offsets[i] as number);
  }
  const sorted = gaps.subarray(0, count).sort();
  const median = sorted[Math.floor(count / 2)] as number;

  return Math.max(queryGapMs, SPACING_FACTOR * median);
};
