/** Pairs are trusted up to this many times a series' usual spacing (Grafana's rate interval uses 4). */
const SPACING_FACTOR = 2.5;

/** Below this many gaps a series' spacing says nothing about how often it reports. */
const MIN_GAPS = 3;

/**
 * The longest gap between two samples of a series that still forms a pair: the query's own
 * bound, widened for a series that reports less often than that (a 10-minute backfill, a
 * 15-minute exporter), as Grafana's $__rate_interval widens the window to the scrape
 * interval. A series that went away and came back stays unpaired: its gap is far beyond its
 * usual spacing.
 */
export const pairGapMs = (offsets: readonly number[], queryGapMs: number): number => {
  if (offsets.length <= MIN_GAPS) return queryGapMs;
  const gaps: number[] = [];
  for (let i = 1; i < offsets.length; i++) {
    gaps.push((offsets[i] as number) - (offsets[i - 1] as number));
  }
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] as number;

  return Math.max(queryGapMs, SPACING_FACTOR * median);
};
