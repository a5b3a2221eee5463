import type { FleetEvent, KpiName } from '@fleetlens/schema';

import { isStaleNaN } from '../decode/prometheus/stale.ts';
import type { ValidatedBatch } from '../ingest/validate.ts';
import type { UnmappedCount } from '../normalize/types.ts';
import { createBatchTables } from './batch-tables.ts';
import { byteLengthOf, viewColumns, writeCounts } from './wire-columns.ts';
import type { WireCounts } from './wire-columns.ts';
import type { WireBatch } from './wire-batch.ts';

/** The KPI whose exact distribution an event records; it names the event's series. */
const EVENT_KPI: Record<FleetEvent['type'], KpiName> = {
  cold_start: 'startup_seconds',
  invocation: 'request_duration_seconds',
  quantum_job: 'job_duration_seconds',
};

const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});

const finiteOrNaN = (value: number): number => (Number.isFinite(value) ? value : Number.NaN);

/** A validated batch as one buffer of columns and one text (see WireBatch). */
export const encodeBatch = (batch: ValidatedBatch, unmapped: UnmappedCount[]): WireBatch => {
  const tables = createBatchTables();
  const { samples, histograms, summaries, events } = batch;

  // First pass: number the series and timestamps, which sizes the buffer.
  const sampleSeries = new Uint32Array(samples.length);
  const sampleTime = new Uint32Array(samples.length);
  samples.forEach((sample, i) => {
    sampleSeries[i] = tables.addSeries(sample.kpi, undefined, sample.resource, sample.labels);
    sampleTime[i] = tables.addTime(sample.timestampNs);
  });
  const histogramSeries = histograms.map((point) =>
    tables.addSeries(point.kpi, 'histogram', point.resource, point.labels),
  );
  const histogramTime = histograms.map((point) => tables.addTime(point.timestampNs));
  const summarySeries = summaries.map((point) =>
    tables.addSeries(point.kpi, 'summary', point.resource, point.labels),
  );
  const summaryTime = summaries.map((point) => tables.addTime(point.timestampNs));
  const eventSeries = events.map((event) =>
    tables.addSeries(EVENT_KPI[event.type], 'event', event.resource, NO_LABELS),
  );

  const attributeStrings: string[] = [];
  const attributesEnd = tables.resources.map((resource) => {
    for (const [name, value] of Object.entries(resource.attributes)) {
      attributeStrings.push(name, value);
    }

    return attributeStrings.length;
  });
  const counts: WireCounts = {
    series: tables.series.length,
    labelSets: tables.labelSetEnds.length,
    labelStrings: tables.labelStrings.length,
    times: tables.times.length,
    samples: samples.length,
    histograms: histograms.length,
    summaries: summaries.length,
    events: events.length,
    kpis: tables.kpis.length,
    kinds: tables.kinds.length,
    resources: tables.resources.length,
    attributeStrings: attributeStrings.length,
    unmapped: unmapped.length,
  };
  const buffer = new ArrayBuffer(byteLengthOf(counts));
  writeCounts(buffer, counts);
  const columns = viewColumns(buffer, counts);

  columns.times.set(tables.times);
  tables.series.forEach((series, i) => {
    columns.seriesResource[i] = series.resource;
    columns.seriesLabelSet[i] = series.labelSet;
    columns.seriesKpi[i] = series.kpi;
    columns.seriesKind[i] = series.kind;
  });
  columns.labelSetEnd.set(tables.labelSetEnds);
  columns.attributesEnd.set(attributesEnd);
  columns.sampleSeries.set(sampleSeries);
  columns.sampleTime.set(sampleTime);
  samples.forEach((sample, i) => {
    columns.sampleValues[i] = sample.value;
    columns.sampleStale[i] = sample.stale === true || isStaleNaN(sample.value) ? 1 : 0;
  });
  columns.histogramSeries.set(histogramSeries);
  columns.histogramTime.set(histogramTime);
  histograms.forEach((point, i) => {
    columns.histogramCounts[i] = Math.round(point.count);
    columns.histogramSums[i] = finiteOrNaN(point.sum);
  });
  columns.summarySeries.set(summarySeries);
  columns.summaryTime.set(summaryTime);
  summaries.forEach((point, i) => {
    columns.summaryCounts[i] = Math.round(point.count);
    columns.summarySums[i] = finiteOrNaN(point.sum);
  });
  columns.eventSeries.set(eventSeries);
  unmapped.forEach((entry, i) => (columns.unmappedCounts[i] = entry.count));

  const strings = [
    ...tables.series.map((series) => series.key),
    ...tables.labelStrings,
    ...histograms.map((point) => JSON.stringify(point.bounds)),
    ...histograms.map((point) => JSON.stringify(point.bucketCounts)),
    ...histograms.map((point) => point.temporality),
    ...summaries.map((point) => JSON.stringify(point.quantiles)),
    ...tables.kpis,
    ...tables.kinds,
    ...tables.resourceKeys,
    ...attributeStrings,
    ...unmapped.map((entry) => entry.source),
    ...unmapped.map((entry) => entry.family),
  ];
  let end = 0;
  strings.forEach((text, i) => {
    end += text.length;
    columns.stringEnd[i] = end;
  });

  return { buffer, text: strings.join(''), events, rejections: [...batch.rejections] };
};
