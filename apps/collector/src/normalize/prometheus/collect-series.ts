import { isStaleNaN } from '../../decode/prometheus/stale.ts';
import type { PromSample } from '../../decode/types.ts';
import type { Labels } from '../labels.ts';

type SeriesBase = {
  labels: Labels;
  timestampMs: number | undefined;
  sum?: number;
  count?: number;
  /** A stale marker on any part: the series ended and is skipped. */
  isStale: boolean;
};

/** Bucket bounds and cumulative counts as read, in parallel arrays (no pair per sample). */
export type HistogramSeries = SeriesBase & { les: number[]; cumulative: number[] };
export type SummarySeries = SeriesBase & { quantiles: { quantile: number; value: number }[] };

/** `le` and `quantile` values: Go writes "+Inf"; some clients "Inf" or "0.50". */
const parseBound = (text: string | undefined): number => {
  if (text === '+Inf' || text === 'Inf' || text === '+inf') return Number.POSITIVE_INFINITY;
  if (text === undefined || text.trim() === '') return Number.NaN;

  return Number(text);
};

type Grouping<S> = {
  key: string;
  names: string[];
  series: S;
};

/**
 * Groups the samples of one family into series points, a point being a label set minus
 * `skip` (`le` or `quantile`) at one timestamp: a remote-write request may carry several
 * samples per part series, one per scrape. Decoded label maps have no prototype (dictionary
 * objects, where for-in is slow), so each sample's keys are read once with Object.keys.
 * Buckets of one point usually come one after another, so the previous point is tried first;
 * label order is the exporter's and the same within a family, so keys need no sorting.
 */
const collect = <S extends SeriesBase>(
  samples: readonly PromSample[],
  skip: string,
  create: (labels: Labels, sample: PromSample) => S,
  add: (series: S, sample: PromSample) => void,
): S[] => {
  const byKey = new Map<string, S>();
  let last: Grouping<S> | undefined;
  for (const sample of samples) {
    const { labels } = sample;
    const names = Object.keys(labels);
    let series: S | undefined;
    if (last !== undefined && last.series.timestampMs === sample.timestampMs) {
      let count = 0;
      let isSame = true;
      for (const name of names) {
        if (name === skip) continue;
        if (labels[name] !== last.series.labels[name]) {
          isSame = false;
          break;
        }
        count += 1;
      }
      if (isSame && count === last.names.length) series = last.series;
    }
    if (series === undefined) {
      const kept = names.filter((name) => name !== skip);
      let key = '';
      const own: Labels = {};
      for (const name of kept) {
        const value = labels[name] ?? '';
        key += `${name}\u0001${value}\u0002`;
        own[name] = value;
      }
      key += String(sample.timestampMs);
      series = byKey.get(key);
      if (series === undefined) {
        series = create(own, sample);
        byKey.set(key, series);
      }
      last = { key, names: kept, series };
    }
    if (isStaleNaN(sample.value)) series.isStale = true;
    add(series, sample);
  }

  return [...byKey.values()];
};

/** `<name>_bucket{le}`, `<name>_sum`, `<name>_count` grouped per label set (minus `le`). */
export const collectHistogramSeries = (
  samples: readonly PromSample[],
  name: string,
): HistogramSeries[] => {
  const [bucketName, sumName, countName] = [`${name}_bucket`, `${name}_sum`, `${name}_count`];

  return collect<HistogramSeries>(
    samples,
    'le',
    (labels, sample) => ({
      labels,
      timestampMs: sample.timestampMs,
      isStale: false,
      les: [],
      cumulative: [],
    }),
    (series, sample) => {
      if (sample.name === bucketName) {
        series.les.push(parseBound(sample.labels.le));
        series.cumulative.push(sample.value);
      } else if (sample.name === sumName) series.sum = sample.value;
      else if (sample.name === countName) series.count = sample.value;
    },
  );
};

/** `<name>{quantile}`, `<name>_sum`, `<name>_count` grouped per label set (minus `quantile`). */
export const collectSummarySeries = (
  samples: readonly PromSample[],
  name: string,
): SummarySeries[] => {
  const [sumName, countName] = [`${name}_sum`, `${name}_count`];

  return collect<SummarySeries>(
    samples,
    'quantile',
    (labels, sample) => ({
      labels,
      timestampMs: sample.timestampMs,
      isStale: false,
      quantiles: [],
    }),
    (series, sample) => {
      if (sample.name === name) {
        const quantile = parseBound(sample.labels.quantile);
        if (quantile >= 0 && quantile <= 1)
          series.quantiles.push({ quantile, value: sample.value });
      } else if (sample.name === sumName) series.sum = sample.value;
      else if (sample.name === countName) series.count = sample.value;
    },
  );
};
