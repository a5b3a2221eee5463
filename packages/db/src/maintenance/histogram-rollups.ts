import type Database from 'better-sqlite3';

import { makeGrid } from '../query/buckets.ts';
import {
  createBoundsParser,
  createHistogramBatchReader,
  parseNumbers,
} from '../query/histogram-reader.ts';
import type { HistogramRow, HistogramRows } from '../query/histogram-reader.ts';
import { histogramIncreases } from '../query/histogram-source.ts';
import { NS_PER_HOUR } from '../query/time.ts';

/** Pairs spanning more than an hour add nothing unless the series reports less often. */
const HOUR_MS = 3_600_000;

/**
 * Rows read before the hour: the last one pairs with the hour's first point, and with the
 * hour's rows they let pairGapMs see how often a sparse series reports (it needs 3 gaps).
 */
const CONTEXT_ROWS = 3;

/** The hour's observations of one series in one bucket layout. */
type Delta = { count: number; sum: number; buckets: number[] };

/**
 * Computes the hourly histogram rollup of hour `hour` (see runRollups): per histogram series
 * and bucket layout, the observations the raw read would attribute to points in the hour, as
 * one delta row (histogram_rollup_1h):
 * - the increases histogramIncreases finds, with its reset rules (a drop in count or in any
 *   bucket, or a layout change, and the new point counts from zero) and delta points as they
 *   are; the pair across the hour's start counts, its earlier point read from before the hour;
 * - pairing bound: points further apart than max(1 h, pairGapMs of the rows read) add nothing.
 *   Raw reads pair up to the query step (or lookback), so a series reporting less often than
 *   hourly can lose increases here that a raw query with a longer step keeps.
 * Each series read has its rows of the hour replaced, so a re-run writes the same rows even
 * when late points changed which layouts have increases. Returns the rows written.
 */
export const createHistogramRollup = (db: Database.Database): ((hour: bigint) => number) => {
  // A bare seek per series is cheaper than the batch read's per-series subquery, and most
  // series have no rows in an hour of old history.
  const seriesIds = db
    .prepare<{ from: bigint; to: bigint }, number>(
      "SELECT id FROM series s WHERE kind = 'histogram' AND EXISTS (SELECT 1 FROM " +
        'histogram_sample WHERE series_id = s.id AND ts >= @from AND ts < @to) ORDER BY id',
    )
    .pluck(true)
    .safeIntegers(false);
  // Floor division: offsets before the hour are negative and must round as raw reads do.
  const context = db
    .prepare<{ id: number; hour: bigint }, HistogramRow>(
      'SELECT (ts - @hour) / 1000000 - ((ts - @hour) % 1000000 < 0), count, sum, bounds, ' +
        'bucket_counts, temporality FROM histogram_sample WHERE series_id = @id AND ts < @hour ' +
        `ORDER BY ts DESC LIMIT ${CONTEXT_ROWS}`,
    )
    .raw(true)
    .safeIntegers(false);
  const remove = db.prepare<[number, bigint]>(
    'DELETE FROM histogram_rollup_1h WHERE series_id = ? AND bucket_start_ns = ?',
  );
  const insert = db.prepare<[number, bigint, string, number, number | null, string]>(
    'INSERT INTO histogram_rollup_1h (series_id, bucket_start_ns, bounds, count, sum, ' +
      'bucket_counts) VALUES (?, ?, ?, ?, ?, ?)',
  );

  return (hour) => {
    const grid = makeGrid(hour, hour + NS_PER_HOUR - 1n, NS_PER_HOUR);
    const read = createHistogramBatchReader(db, grid, true);
    const ids = seriesIds.all({ from: hour, to: hour + NS_PER_HOUR });
    let written = 0;
    read(ids, (index, inHour) => {
      const id = ids[index] as number;
      const rows = withContext(context.all({ id, hour }).reverse(), inHour);
      const deltas = new Map<string, Delta>();
      histogramIncreases(rows, grid, HOUR_MS, (_bucket, row, base) => {
        const layout = rows.layouts[row] as string;
        let delta = deltas.get(layout);
        if (delta === undefined) {
          delta = { count: 0, sum: 0, buckets: [] };
          deltas.set(layout, delta);
        }
        addIncrease(delta, rows, row, base);
      });
      remove.run(id, hour);
      for (const [layout, delta] of deltas) {
        const sum = Number.isNaN(delta.sum) ? null : delta.sum;
        insert.run(id, hour, layout, delta.count, sum, JSON.stringify(delta.buckets));
        written++;
      }
    });

    return written;
  };
};

/** Adds the observations of `row` minus those of `base` (-1: none), bucket by bucket. */
const addIncrease = (delta: Delta, rows: HistogramRows, row: number, base: number): void => {
  const after = rows.buckets[row] as number[];
  const before = base < 0 ? [] : (rows.buckets[base] as number[]);
  for (let i = 0; i < after.length; i++) {
    delta.buckets[i] = (delta.buckets[i] ?? 0) + (after[i] as number) - (before[i] ?? 0);
  }
  delta.count += (rows.counts[row] as number) - (base < 0 ? 0 : (rows.counts[base] as number));
  delta.sum += (rows.sums[row] as number) - (base < 0 ? 0 : (rows.sums[base] as number));
};

/** The context rows (oldest first) followed by the hour's rows. */
const withContext = (before: HistogramRow[], inHour: HistogramRows): HistogramRows => {
  if (before.length === 0) return inHour;
  const parsed = createBoundsParser();

  return {
    offsets: [...before.map((row) => row[0]), ...inHour.offsets],
    counts: [...before.map((row) => row[1]), ...inHour.counts],
    sums: [...before.map((row) => row[2] ?? Number.NaN), ...inHour.sums],
    buckets: [...before.map((row) => parseNumbers(row[4])), ...inHour.buckets],
    layouts: [...before.map((row) => row[3]), ...inHour.layouts],
    bounds: [...before.map((row) => parsed(row[3])), ...inHour.bounds],
    delta: [...before.map((row) => row[5] === 'delta'), ...inHour.delta],
  };
};
