import type Database from 'better-sqlite3';

import { createSampleWriter, createSeriesResolver } from '@fleetlens/db';
import type { SeriesKey } from '@fleetlens/db';
import { findKpi } from '@fleetlens/schema';
import type { FleetEvent, KpiName, Resource } from '@fleetlens/schema';

import { createEventRows } from './event-rows.ts';
import { REFUSED_SERIES, createSeriesIds } from './series-ids.ts';
import type { WriteJob, WriteOutcome } from './pipeline.ts';

const NS_PER_HOUR = 3_600_000_000_000n;

/** The KPI whose exact distribution an event records; it names the event's series. */
const EVENT_KPI: Record<FleetEvent['type'], KpiName> = {
  cold_start: 'startup_seconds',
  invocation: 'request_duration_seconds',
  quantum_job: 'job_duration_seconds',
};

const toSeriesKey = (
  kpi: KpiName,
  resource: Resource,
  labels: Record<string, string>,
  kind?: string,
): SeriesKey => {
  const entry = findKpi(kpi);

  return {
    kpi,
    unit: entry?.unit ?? 'count',
    kind: kind ?? entry?.kind ?? 'gauge',
    resource,
    resourceAttributes: resource.attributes,
    labels,
  };
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
  const insertHistogram = sqlite.prepare(
    'INSERT INTO histogram_sample (series_id, ts, count, sum, bounds, bucket_counts, temporality) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (series_id, ts) DO NOTHING',
  );
  const insertSummary = sqlite.prepare(
    'INSERT INTO summary_sample (series_id, ts, count, sum, quantiles) VALUES (?, ?, ?, ?, ?) ' +
      'ON CONFLICT (series_id, ts) DO NOTHING',
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

  const resolveJob = (job: WriteJob, seenNs: bigint) => {
    const keys: SeriesKey[] = [];
    for (const sample of job.samples)
      keys.push(toSeriesKey(sample.kpi, sample.resource, sample.labels));
    for (const point of job.histograms) {
      keys.push(toSeriesKey(point.kpi, point.resource, point.labels, 'histogram'));
    }
    for (const point of job.summaries) {
      keys.push(toSeriesKey(point.kpi, point.resource, point.labels, 'summary'));
    }
    for (const event of job.events) {
      keys.push(toSeriesKey(EVENT_KPI[event.type], event.resource, {}, 'event'));
    }

    return seriesIds(keys, seenNs);
  };

  const writeJob = (
    job: WriteJob,
    ids: number[],
    seenNs: bigint,
    hours: Set<bigint>,
  ): WriteOutcome => {
    let next = 0;
    let limited = 0;
    /** The next item's series id, or undefined when the series limit refused it. */
    const nextId = (): number | undefined => {
      const id = ids[next++] ?? REFUSED_SERIES;
      if (id !== REFUSED_SERIES) return id;
      limited += 1;

      return undefined;
    };
    const rows = [];
    for (const sample of job.samples) {
      const seriesId = nextId();
      if (seriesId === undefined) continue;
      hours.add(sample.timestampNs - (sample.timestampNs % NS_PER_HOUR));
      rows.push({
        seriesId,
        ts: sample.timestampNs,
        value: sample.value,
        stale: sample.stale === true,
      });
    }
    const written = sampleWriter.writeSamples(rows);
    let stored = written.inserted;
    for (const point of job.histograms) {
      const seriesId = nextId();
      if (seriesId === undefined) continue;
      stored += insertHistogram.run(
        seriesId,
        point.timestampNs,
        Math.round(point.count),
        Number.isFinite(point.sum) ? point.sum : null,
        JSON.stringify(point.bounds),
        JSON.stringify(point.bucketCounts),
        point.temporality,
      ).changes;
    }
    for (const point of job.summaries) {
      const seriesId = nextId();
      if (seriesId === undefined) continue;
      stored += insertSummary.run(
        seriesId,
        point.timestampNs,
        Math.round(point.count),
        Number.isFinite(point.sum) ? point.sum : null,
        JSON.stringify(point.quantiles),
      ).changes;
    }
    const kept: { event: FleetEvent; seriesId: number }[] = [];
    for (const event of job.events) {
      const seriesId = nextId();
      if (seriesId !== undefined) kept.push({ event, seriesId });
    }
    stored += events.insert(kept);
    for (const entry of job.unmapped) {
      upsertUnmapped.run(entry.source, entry.family, entry.count, seenNs);
    }
    const total =
      job.samples.length + job.histograms.length + job.summaries.length + job.events.length;
    const conflicts = written.conflicts.length;

    return { stored, conflicts, limited, duplicates: total - stored - conflicts - limited };
  };

  const writeAll = sqlite.transaction((jobs: WriteJob[], ids: number[][], seenNs: bigint) => {
    const hours = new Set<bigint>();
    const outcomes = jobs.map((job, index) => writeJob(job, ids[index] ?? [], seenNs, hours));
    for (const hour of hours) markDirtyHour.run(hour);

    return outcomes;
  });

  return {
    commit: (jobs: WriteJob[]): WriteOutcome[] => {
      const seenNs = now();
      const ids = jobs.map((job) => resolveJob(job, seenNs));

      return writeAll.immediate(jobs, ids, seenNs);
    },
    seriesCount: () => resolver.size(),
  };
};
