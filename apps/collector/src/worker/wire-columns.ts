/** How many of each thing a wire batch holds; every column's place follows from these. */
export type WireCounts = {
  series: number;
  labelSets: number;
  /** Label names and values, flat. */
  labelStrings: number;
  times: number;
  samples: number;
  histograms: number;
  summaries: number;
  events: number;
  kpis: number;
  kinds: number;
  resources: number;
  /** Resource attribute names and values, flat. */
  attributeStrings: number;
  unmapped: number;
};

const COUNT_NAMES = [
  'series',
  'labelSets',
  'labelStrings',
  'times',
  'samples',
  'histograms',
  'summaries',
  'events',
  'kpis',
  'kinds',
  'resources',
  'attributeStrings',
  'unmapped',
] as const satisfies readonly (keyof WireCounts)[];

/** The counts lead the buffer, so a batch needs no object of its own; 8-byte aligned. */
const HEADER_BYTES = 16 * 4;

/** Typed views over one buffer: the numbers of a batch move as a single transfer. */
export type WireColumns = {
  /** Distinct timestamps in nanoseconds. */
  times: BigInt64Array;
  sampleValues: Float64Array;
  histogramCounts: Float64Array;
  /** NaN where the sum is not finite (stored as NULL). */
  histogramSums: Float64Array;
  summaryCounts: Float64Array;
  summarySums: Float64Array;
  unmappedCounts: Float64Array;
  seriesResource: Uint32Array;
  seriesLabelSet: Uint32Array;
  seriesKpi: Uint32Array;
  seriesKind: Uint32Array;
  /** Per label set, the end of its names and values among the label strings. */
  labelSetEnd: Uint32Array;
  /** Per resource, the end of its attribute names and values among the attribute strings. */
  attributesEnd: Uint32Array;
  /** Per string, its end offset in the batch text (each starts where the previous ends). */
  stringEnd: Uint32Array;
  sampleSeries: Uint32Array;
  sampleTime: Uint32Array;
  histogramSeries: Uint32Array;
  histogramTime: Uint32Array;
  summarySeries: Uint32Array;
  summaryTime: Uint32Array;
  eventSeries: Uint32Array;
  /** 1 for a Prometheus stale marker: NaN payload bits do not survive structured cloning. */
  sampleStale: Uint8Array;
};

/**
 * Where each kind of string starts among the strings of a batch text, in the order they are
 * appended: series keys, label strings, per histogram its bounds, bucket counts and
 * temporality, per summary its quantiles, then the KPI and kind tables, resource keys,
 * resource attribute strings, and unmapped sources and families.
 */
export const stringBases = (counts: WireCounts) => {
  const labels = counts.series;
  const bounds = labels + counts.labelStrings;
  const quantiles = bounds + 3 * counts.histograms;
  const kpis = quantiles + counts.summaries;
  const kinds = kpis + counts.kpis;
  const resourceKeys = kinds + counts.kinds;
  const attributes = resourceKeys + counts.resources;
  const unmappedSources = attributes + counts.attributeStrings;
  const unmappedFamilies = unmappedSources + counts.unmapped;

  return {
    keys: 0,
    labels,
    bounds,
    bucketCounts: bounds + counts.histograms,
    temporality: bounds + 2 * counts.histograms,
    quantiles,
    kpis,
    kinds,
    resourceKeys,
    attributes,
    unmappedSources,
    unmappedFamilies,
    end: unmappedFamilies + counts.unmapped,
  };
};

const wideLength = (c: WireCounts): number =>
  c.times + c.samples + 2 * c.histograms + 2 * c.summaries + c.unmapped;

const narrowLength = (c: WireCounts): number =>
  4 * c.series +
  c.labelSets +
  c.resources +
  stringBases(c).end +
  2 * c.samples +
  2 * c.histograms +
  2 * c.summaries +
  c.events;

/** 8-byte columns first, then 4-byte, then bytes: every view stays aligned. */
export const byteLengthOf = (counts: WireCounts): number =>
  HEADER_BYTES + wideLength(counts) * 8 + narrowLength(counts) * 4 + counts.samples;

export const writeCounts = (buffer: ArrayBuffer, counts: WireCounts): void => {
  const header = new Uint32Array(buffer, 0, COUNT_NAMES.length);
  COUNT_NAMES.forEach((name, index) => (header[index] = counts[name]));
};

export const readCounts = (buffer: ArrayBuffer): WireCounts => {
  const header = new Uint32Array(buffer, 0, COUNT_NAMES.length);
  const counts = {} as WireCounts;
  COUNT_NAMES.forEach((name, index) => (counts[name] = header[index] ?? 0));

  return counts;
};

export const viewColumns = (buffer: ArrayBuffer, counts: WireCounts): WireColumns => {
  let offset = HEADER_BYTES;
  const f64 = (length: number): Float64Array => {
    const view = new Float64Array(buffer, offset, length);
    offset += length * 8;
    return view;
  };
  const u32 = (length: number): Uint32Array => {
    const view = new Uint32Array(buffer, offset, length);
    offset += length * 4;
    return view;
  };
  const times = new BigInt64Array(buffer, offset, counts.times);
  offset += counts.times * 8;

  return {
    times,
    sampleValues: f64(counts.samples),
    histogramCounts: f64(counts.histograms),
    histogramSums: f64(counts.histograms),
    summaryCounts: f64(counts.summaries),
    summarySums: f64(counts.summaries),
    unmappedCounts: f64(counts.unmapped),
    seriesResource: u32(counts.series),
    seriesLabelSet: u32(counts.series),
    seriesKpi: u32(counts.series),
    seriesKind: u32(counts.series),
    labelSetEnd: u32(counts.labelSets),
    attributesEnd: u32(counts.resources),
    stringEnd: u32(stringBases(counts).end),
    sampleSeries: u32(counts.samples),
    sampleTime: u32(counts.samples),
    histogramSeries: u32(counts.histograms),
    histogramTime: u32(counts.histograms),
    summarySeries: u32(counts.summaries),
    summaryTime: u32(counts.summaries),
    eventSeries: u32(counts.events),
    sampleStale: new Uint8Array(buffer, offset, counts.samples),
  };
};
