import type { NormalizedBatch } from '../types.ts';

/** Samples of one KPI as `labels → value` pairs, for compact exact assertions. */
export const readSamples = (batch: NormalizedBatch, kpi: string) =>
  batch.samples
    .filter((sample) => sample.kpi === kpi)
    .map(({ labels, value }) => ({ labels, value }));

export const findHistogram = (batch: NormalizedBatch, kpi: string) =>
  batch.histograms.find((point) => point.kpi === kpi);
