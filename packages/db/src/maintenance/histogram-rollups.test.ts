import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { queryRange } from '../query/query-range.ts';
import { T0, createTestStore, insertHistograms } from '../query/test-utils/store.ts';
import type { TestHistogram, TestStore } from '../query/test-utils/store.ts';
import { NS_PER_DAY, NS_PER_HOUR, NS_PER_MINUTE } from '../query/time.ts';
import type { QueryRangeParams } from '../query/types.ts';
import type { SeriesKey } from '../write/series.ts';
import { createDirtyHourMarker } from './dirty-hours.ts';
import { enforceRetention } from './retention.ts';
import { runRollups } from './rollups.ts';

let store: TestStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const histogram = (instance: string, paradigm = 'wasm'): SeriesKey => ({
  kpi: 'startup_seconds',
  unit: 's',
  kind: 'histogram',
  resource: { paradigm, instance },
});

/** Writes raw histogram points and marks their hours, as an ingest of them would. */
const write = (points: TestHistogram[]): void => {
  insertHistograms(store.db, points);
  createDirtyHourMarker(store.db)(points.map((point) => point.ts));
};

type Row = {
  series_id: number;
  bucket_start_ns: bigint;
  bounds: string;
  count: number;
  sum: number | null;
  bucket_counts: string;
};

const rollupRows = (): Row[] =>
  store.db
    .prepare<[], Row>(
      'SELECT series_id, bucket_start_ns, bounds, count, sum, bucket_counts ' +
        'FROM histogram_rollup_1h ORDER BY series_id, bucket_start_ns, bounds',
    )
    .safeIntegers(false)
    .all()
    .map((row) => ({ ...row, bucket_start_ns: BigInt(row.bucket_start_ns) }));

const min = (minutes: number): bigint => BigInt(minutes) * NS_PER_MINUTE;
const L1 = [1, 2];
const L2 = [1, 2, 4];

/** A point whose sum is half its count, so sums check the same pairing as counts. */
const point = (
  seriesId: number,
  ts: bigint,
  bounds: number[],
  counts: number[],
  temporality: 'cumulative' | 'delta' = 'cumulative',
): TestHistogram => ({
  seriesId,
  ts,
  bounds,
  counts,
  sum: counts.reduce((a, b) => a + b, 0) / 2,
  temporality,
});

describe('hourly histogram rollups', () => {
  it('hold the increases raw reads attribute to each hour', () => {
    const [cumulative = 0, delta = 0, sparse = 0] = store.series(
      histogram('a'),
      histogram('b'),
      histogram('c'),
    );
    write([
      // Before the hour: pairs with the hour's first point.
      point(cumulative, T0 - min(10), L1, [1, 1, 0]),
      point(cumulative, T0 + min(10), L1, [2, 3, 1]),
      point(cumulative, T0 + min(30), L1, [3, 4, 1]),
      // A drop: a reset, counted from zero.
      point(cumulative, T0 + min(50), L1, [0, 1, 0]),
      // Next hour: the pair across its start, then a layout change, counted from zero.
      point(cumulative, T0 + min(70), L1, [1, 1, 1]),
      point(cumulative, T0 + min(90), L2, [1, 1, 1, 1]),
      point(cumulative, T0 + min(110), L2, [2, 1, 1, 1]),
      point(delta, T0 + min(5), L1, [1, 0, 0], 'delta'),
      point(delta, T0 + min(65), L1, [0, 2, 0], 'delta'),
      // Further apart than an hour: nothing.
      point(sparse, T0 - min(180), L1, [1, 0, 0]),
      point(sparse, T0 + min(10), L1, [2, 0, 0]),
    ]);

    const result = runRollups(store.db, { maxHours: 10 });
    expect(result.histogramRows1h).toBe(5);
    const row = (seriesId: number, hour: bigint, bounds: number[], buckets: number[]): Row => {
      const count = buckets.reduce((a, b) => a + b, 0);

      return {
        series_id: seriesId,
        bucket_start_ns: hour,
        bounds: JSON.stringify(bounds),
        count,
        sum: count / 2,
        bucket_counts: JSON.stringify(buckets),
      };
    };
    // The point before T0 has nothing to pair with in its own hour, and the sparse series'
    // pair is too far apart: neither has rows.
    expect(rollupRows()).toEqual([
      row(cumulative, T0, L1, [1 + 1 + 0, 2 + 1 + 1, 1 + 0 + 0]),
      // Ordered by the bounds text: '[1,2,4]' sorts before '[1,2]'.
      row(cumulative, T0 + NS_PER_HOUR, L2, [1 + 1, 1, 1, 1]),
      row(cumulative, T0 + NS_PER_HOUR, L1, [1, 0, 1]),
      row(delta, T0, L1, [1, 0, 0]),
      row(delta, T0 + NS_PER_HOUR, L1, [0, 2, 0]),
    ]);

    // The same observations a raw read finds at an hourly step.
    const query: QueryRangeParams = {
      kpi: 'startup_seconds',
      agg: 'count',
      by: 'instance',
      fromNs: T0,
      toNs: T0 + 2n * NS_PER_HOUR - 1n,
      stepNs: NS_PER_HOUR,
    };
    const raw = queryRange(store.db, { ...query, resolution: 'raw' });
    const hourly = queryRange(store.db, { ...query, resolution: '1h' });
    expect(hourly.resolution).toBe('1h');
    expect(raw.resolution).toBe('raw');
    expect(hourly.series).toEqual(raw.series);
    expect(raw.series.length).toBe(2);
  });

  it('is idempotent, and replaces an hour when late points arrive', () => {
    const [id = 0] = store.series(histogram('a'));
    write([
      point(id, T0 + min(10), L1, [1, 1, 0]),
      point(id, T0 + min(20), L1, [2, 1, 0]),
      point(id, T0 + min(40), L2, [3, 1, 0, 0]),
    ]);
    runRollups(store.db);
    const first = rollupRows();
    // The layout change counts the new point from zero.
    expect(first.map((row) => [row.bounds, row.bucket_counts])).toEqual([
      [JSON.stringify(L2), JSON.stringify([3, 1, 0, 0])],
      [JSON.stringify(L1), JSON.stringify([1, 0, 0])],
    ]);
    createDirtyHourMarker(store.db)([T0]);
    expect(runRollups(store.db).hours).toEqual([T0]);
    expect(rollupRows()).toEqual(first);

    // A late point of the other layout in between: every point now follows a layout change.
    write([point(id, T0 + min(15), L2, [2, 1, 0, 0])]);
    runRollups(store.db);
    expect(rollupRows().map((row) => [row.bounds, row.bucket_counts])).toEqual([
      [JSON.stringify(L2), JSON.stringify([2 + 3, 1 + 1, 0, 0])],
      [JSON.stringify(L1), JSON.stringify([2, 1, 0])],
    ]);
  });

  it('are deleted with the 1h rollup retention', async () => {
    const [id = 0] = store.series(histogram('a'));
    write([
      point(id, T0, L1, [1, 0, 0]),
      point(id, T0 + min(10), L1, [2, 0, 0]),
      point(id, T0 + 10n * NS_PER_DAY, L1, [3, 0, 0]),
      point(id, T0 + 10n * NS_PER_DAY + min(10), L1, [4, 0, 0]),
    ]);
    runRollups(store.db);
    expect(rollupRows()).toHaveLength(2);
    const retention = { rawDays: 1, rollup1mDays: 2, rollup1hDays: 5, eventsDays: 1 };
    const result = await enforceRetention(store.db, {
      ...retention,
      nowNs: T0 + 12n * NS_PER_DAY,
    });
    expect(result.histogramRollup1h).toBe(1);
    expect(rollupRows().map((row) => row.bucket_start_ns)).toEqual([T0 + 10n * NS_PER_DAY]);
  });
});
