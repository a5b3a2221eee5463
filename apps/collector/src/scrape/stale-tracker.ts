import type { KpiSample } from '@fleetlens/schema';

/** Identity of a normalized series: KPI, resource and dimensions, order-independent. */
export const seriesKeyOf = (sample: KpiSample): string => {
  const { resource } = sample;
  const labels = Object.keys(sample.labels)
    .sort()
    .map((name) => `${name}=${sample.labels[name] ?? ''}`)
    .join(',');

  return [
    sample.kpi,
    resource.tenant,
    resource.platform,
    resource.cluster ?? '',
    resource.node ?? '',
    resource.namespace ?? '',
    resource.workload ?? '',
    resource.instance ?? '',
    labels,
  ].join('\u0000');
};

/**
 * Prometheus staleness: a series present in the previous scrape and absent from this one (or
 * from a failed scrape) gets a stale marker, so queries stop drawing it at that point.
 * @see https://prometheus.io/docs/prometheus/latest/querying/basics/#staleness
 */
export const createStaleTracker = () => {
  let previous = new Map<string, KpiSample>();

  return {
    /** Returns the stale markers for series that vanished since the last call. */
    markVanished: (current: KpiSample[], timestampNs: bigint): KpiSample[] => {
      const next = new Map<string, KpiSample>();
      for (const sample of current) next.set(seriesKeyOf(sample), sample);
      const markers: KpiSample[] = [];
      for (const [key, sample] of previous) {
        if (!next.has(key))
          markers.push({ ...sample, value: Number.NaN, stale: true, timestampNs });
      }
      previous = next;

      return markers;
    },
  };
};
