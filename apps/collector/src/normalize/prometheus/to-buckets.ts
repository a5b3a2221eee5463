/**
 * Prometheus buckets are cumulative (`le` = "less or equal"), with `+Inf` equal to the count;
 * Fleetlens stores non-cumulative counts per bucket with +Inf implicit. Bad data (counts
 * that shrink with `le`, a duplicated `le`, NaN bounds) is tolerated: negative differences
 * become 0 rather than inventing observations.
 */
export type Buckets = { bounds: number[]; bucketCounts: number[]; count: number };

const isAscending = (values: readonly number[]): boolean => {
  for (let index = 1; index < values.length; index += 1) {
    if ((values[index - 1] ?? 0) > (values[index] ?? 0)) return false;
  }

  return true;
};

/** Bounds and cumulative counts in parallel arrays, as collected. */
export const toBuckets = (
  les: readonly number[],
  cumulative: readonly number[],
  count: number | undefined,
): Buckets => {
  let finiteLes: number[] = [];
  let finiteCounts: number[] = [];
  let infinite: number | undefined;
  les.forEach((le, index) => {
    const value = cumulative[index] ?? Number.NaN;
    if (Number.isNaN(le) || Number.isNaN(value)) return;
    if (le === Number.POSITIVE_INFINITY) infinite = value;
    else {
      finiteLes.push(le);
      finiteCounts.push(value);
    }
  });
  // Exporters write buckets in order; sort only when one did not.
  if (!isAscending(finiteLes)) {
    const order = finiteLes
      .map((_, index) => index)
      .sort((a, b) => (finiteLes[a] ?? 0) - (finiteLes[b] ?? 0));
    [finiteLes, finiteCounts] = [
      order.map((i) => finiteLes[i] ?? 0),
      order.map((i) => finiteCounts[i] ?? 0),
    ];
  }
  const bounds: number[] = [];
  const bucketCounts: number[] = [];
  let previous = 0;
  finiteLes.forEach((le, index) => {
    const value = finiteCounts[index] ?? previous;
    const extra = Math.max(0, value - previous);
    // A duplicated bound ("1" and "1.0") adds to the bucket it repeats.
    if (bounds.length > 0 && bounds[bounds.length - 1] === le) {
      bucketCounts[bucketCounts.length - 1] = (bucketCounts[bucketCounts.length - 1] ?? 0) + extra;
    } else {
      bounds.push(le);
      bucketCounts.push(extra);
    }
    previous = Math.max(previous, value);
  });
  const total = count !== undefined && !Number.isNaN(count) ? count : (infinite ?? previous);
  bucketCounts.push(Math.max(0, total - previous));

  return { bounds, bucketCounts, count: total };
};
