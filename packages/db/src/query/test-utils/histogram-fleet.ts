import type Database from 'better-sqlite3';

import type { SeriesKey } from '../../write/series.ts';

/** Kubelet's pod-start bounds: eleven finite upper bounds, then the +Inf bucket. */
const BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type HistogramFleet = {
  kpi: string;
  /** Resource of series i (its paradigm is what queries group by). */
  resource: (i: number) => SeriesKey['resource'];
  series: number;
  fromNs: bigint;
  /** One cumulative point per series every `everyNs`, `points` points. */
  everyNs: bigint;
  points: number;
};

/**
 * Writes cumulative histogram series the way the collector stores them (JSON bounds and
 * non-cumulative bucket counts): series i observes (i % 4 + 1) values per bucket per point,
 * so every bucket grows and p95 lands in a finite bucket.
 */
export const writeHistogramFleet = (
  db: Database.Database,
  resolve: (keys: SeriesKey[], seenNs: bigint) => number[],
  fleet: HistogramFleet,
): number => {
  const ids = resolve(
    Array.from({ length: fleet.series }, (_, i) => ({
      kpi: fleet.kpi,
      unit: 's',
      kind: 'histogram',
      resource: fleet.resource(i),
    })),
    fleet.fromNs,
  );
  const insert = db.prepare(
    'INSERT INTO histogram_sample (series_id, ts, count, sum, bounds, bucket_counts, ' +
      "temporality) VALUES (?, ?, ?, ?, ?, ?, 'cumulative')",
  );
  const bounds = JSON.stringify(BOUNDS);
  db.transaction(() => {
    for (let p = 0; p < fleet.points; p++) {
      const ts = fleet.fromNs + BigInt(p) * fleet.everyNs;
      for (const [i, id] of ids.entries()) {
        const perBucket = (i % 4) + 1;
        const counts = [...BOUNDS, Infinity].map((_, b) => perBucket * (p + 1) * (b < 9 ? 3 : 1));
        const count = counts.reduce((a, b) => a + b, 0);
        insert.run(id, ts, count, count * 0.7, bounds, JSON.stringify(counts));
      }
    }
  }).immediate();

  return ids.length * fleet.points;
};
