import type Database from 'better-sqlite3';

import { createSampleWriter, createSeriesResolver } from '@fleetlens/db';
import type { FleetEvent } from '@fleetlens/schema';

import { countItems } from '../worker/wire-batch.ts';
import { stringBases } from '../worker/wire-columns.ts';
import type { UnmappedCount } from '../normalize/types.ts';
import { createEventRows } from './event-rows.ts';
import type { WriteJob, WriteOutcome } from './pipeline.ts';
import { REFUSED_SERIES, createSeriesIds } from './series-ids.ts';
import { createRowInserts } from './row-inserts.ts';
import { selectSampleRows } from './sample-rows.ts';

const NS_PER_HOUR = 3_600_000_000_000n;

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** Rows whose series the limit did not refuse. */
const keptRows = (count: number, series: Uint32Array, ids: Int32Array): number[] => {
  const rows: number[] = [];
  for (let i = 0; i < count; i++) {
    if ((ids[series[i] ?? 0] ?? REFUSED_SERIES) !== REFUSED_SERIES) rows.push(i);
  }

  return rows;
};

/**
 * Writes whole queue drains. Series and resources are resolved first in their own committed
 * transaction (so the resolver may cache them); then every job's samples, histograms,
 * summaries, events and unmapped counts go into ONE transaction, whose commit is what the
 * receivers wait for. Touched hours are marked for the rollup job in that same transaction.
 */
export const createStoreWriter = ({
  sqlite,
  now,
  maxSeries,
}: {
  sqlite: Database.Database;
  now: () => bigint;
  maxSeries: number;
}) => {
  const resolver = createSeriesResolver(sqlite);
  const seriesIds = createSeriesIds({ resolver, sqlite, maxSeries });
  const sampleWriter = createSampleWriter(sqlite);
  const insertHistograms = createRowInserts(
    sqlite,
    'histogram_sample',
    ['series_id', 'ts', 'count', 'sum', 'bounds', 'bucket_counts', 'temporality'],
    'series_id, ts',
  );
  const insertSummaries = createRowInserts(
    sqlite,
    'summary_sample',
    ['series_id', 'ts', 'count', 'sum', 'quantiles'],
    'series_id, ts',
  );
  const upsertUnmapped = sqlite.prepare(
    'INSERT INTO unmapped_count (source, family, count, last_seen_ns) VALUES (?, ?, ?, ?) ' +
      'ON CONFLICT (source, family) DO UPDATE SET count = count + excluded.count, ' +
      'last_seen_ns = max(last_seen_ns, excluded.last_seen_ns)',
  );
  const markDirtyHour = sqlite.prepare(
    'INSERT INTO rollup_dirty (hour_start_ns) VALUES (?) ON CONFLICT DO NOTHING',
  );
  const events = createEventRows(sqlite);

  const writeJob = (
    job: WriteJob,
    ids: Int32Array,
    hours: Set<bigint>,
    unmapped: Map<string, UnmappedCount>,
  ): WriteOutcome => {
    const { batch, counts, columns, string } = job;
    const times = Array.from(columns.times);
    const samples = selectSampleRows(columns, ids, times);
    let limited = samples.limited;
    for (const ts of samples.hours) hours.add(ts - (ts % NS_PER_HOUR));
    const written = sampleWriter.insertColumns(samples.columns);
    let stored = written.inserted;

    const bases = stringBases(counts);
    const histograms = keptRows(counts.histograms, columns.histogramSeries, ids);
    limited += counts.histograms - histograms.length;
    // Histograms have hourly rollups too: their hours are dirty like the samples'.
    for (const i of histograms) {
      const ts = times[columns.histogramTime[i] ?? 0] as bigint;
      hours.add(ts - (ts % NS_PER_HOUR));
    }
    stored += insertHistograms(histograms, (i, params) => {
      params.push(
        ids[columns.histogramSeries[i] ?? 0],
        times[columns.histogramTime[i] ?? 0],
        columns.histogramCounts[i],
        orNull(columns.histogramSums[i] ?? Number.NaN),
        string(bases.bounds + i),
        string(bases.bucketCounts + i),
        string(bases.temporality + i),
      );
    });
    const summaries = keptRows(counts.summaries, columns.summarySeries, ids);
    limited += counts.summaries - summaries.length;
    stored += insertSummaries(summaries, (i, params) => {
      params.push(
        ids[columns.summarySeries[i] ?? 0],
        times[columns.summaryTime[i] ?? 0],
        columns.summaryCounts[i],
        orNull(columns.summarySums[i] ?? Number.NaN),
        string(bases.quantiles + i),
      );
    });
    const kept: { event: FleetEvent; seriesId: number }[] = [];
    batch.events.forEach((event, i) => {
      const seriesId = ids[columns.eventSeries[i] ?? 0] ?? REFUSED_SERIES;
      if (seriesId === REFUSED_SERIES) limited += 1;
      else kept.push({ event, seriesId });
    });
    stored += events.insert(kept);
    for (const entry of job.unmapped()) {
      const key = `${entry.source}\u0000${entry.family}`;
      const known = unmapped.get(key);
      if (known === undefined) unmapped.set(key, entry);
      else known.count += entry.count;
    }
    const conflicts = written.conflicts.length;

    return {
      stored,
      conflicts,
      limited,
      duplicates: countItems(counts) - stored - conflicts - limited,
    };
  };

  const writeAll = sqlite.transaction((jobs: WriteJob[], ids: Int32Array[], seenNs: bigint) => {
    const hours = new Set<bigint>();
    // Summed over the drain: one upsert per family rather than one per request.
    const unmapped = new Map<string, UnmappedCount>();
    const outcomes = jobs.map((job, index) =>
      writeJob(job, ids[index] ?? new Int32Array(0), hours, unmapped),
    );
    for (const hour of hours) markDirtyHour.run(hour);
    for (const entry of unmapped.values()) {
      upsertUnmapped.run(entry.source, entry.family, entry.count, seenNs);
    }

    return outcomes;
  });

  return {
    commit: (jobs: WriteJob[]): WriteOutcome[] => {
      const seenNs = now();

      return writeAll.immediate(jobs, seriesIds(jobs, seenNs), seenNs);
    },
    seriesCount: () => resolver.size(),
  };
};
