import type {
  FleetEvent,
  HistogramPoint,
  KpiSample,
  Paradigm,
  SummaryPoint,
} from '@fleetlens/schema';

import type { DecodeRejection } from '../decode/types.ts';

/** Where a decoded batch came from; everything a normalizer may not read from the data itself. */
export type NormalizeContext = {
  tenant: string;
  source: 'scrape' | 'import' | 'remote_write' | 'otlp';
  /** Scrape job or import job name; becomes the `job` resource attribute. */
  job?: string;
  /** Scrape target or import instance; the resource instance when the data names none. */
  instance?: string;
  /** A PLATFORMS id from scrape or import config: overrides detection. */
  platformHint?: string;
  /** Decides between the paradigms of a platform listed in several (k3s: edge or iot). */
  paradigmHint?: Paradigm;
  /** Given to samples and points that carry no timestamp of their own. */
  receivedAtNs: bigint;
};

/** Raw series that map to no KPI, counted per source and metric family, never stored. */
export type UnmappedCount = { source: string; family: string; count: number };

export type NormalizedBatch = {
  samples: KpiSample[];
  histograms: HistogramPoint[];
  summaries: SummaryPoint[];
  events: FleetEvent[];
  unmapped: UnmappedCount[];
  rejected: DecodeRejection[];
};
