import { describe, expect, it } from 'vitest';

import type { FleetEvent, KpiSample, Resource } from '@fleetlens/schema';

import { STALE_NAN } from '../decode/prometheus/stale.ts';
import type { ValidatedBatch } from '../ingest/validate.ts';
import { stringBases } from './wire-columns.ts';
import { encodeBatch } from './encode-batch.ts';
import { openWireBatch } from './wire-batch.ts';

const T = 1_714_564_810_123_456_789n;

const pod: Resource = {
  tenant: 'acme',
  paradigm: 'container',
  platform: 'kubernetes',
  namespace: 'shop',
  instance: 'checkout-1',
  attributes: { job: 'kubelet', 'k8s.pod.uid': 'u-1' },
};
/** Same identity fields, but an empty node instead of none: a different resource. */
const emptyNode: Resource = { ...pod, node: '', attributes: {} };

const sample = (
  value: number,
  labels: Record<string, string>,
  extra: Partial<KpiSample> = {},
): KpiSample => ({
  kpi: 'cpu_seconds_total',
  resource: pod,
  labels,
  timestampNs: T,
  value,
  ...extra,
});

const event: FleetEvent = {
  type: 'cold_start',
  resource: pod,
  timestampNs: T,
  durationSeconds: 0.25,
  source: 'span:faas.coldstart',
  attributes: {},
};

const batch: ValidatedBatch = {
  samples: [
    sample(1.5, { b: '2', a: '1' }),
    sample(Number.NaN, { a: '1', b: '2' }, { timestampNs: T + 1n }),
    sample(Number.NaN, { a: '1', b: '2' }, { timestampNs: T + 2n, stale: true }),
    sample(STALE_NAN, {}, { kpi: 'memory_bytes' }),
    sample(Number.POSITIVE_INFINITY, {}, { kpi: 'memory_bytes', resource: emptyNode }),
    sample(-0, { 'k8s.name': 'x"y\n' }, { kpi: 'memory_bytes' }),
  ],
  histograms: [
    {
      kpi: 'startup_seconds',
      resource: pod,
      labels: { cold: 'true' },
      timestampNs: T,
      count: 3.4,
      sum: Number.POSITIVE_INFINITY,
      bounds: [0.1, 1],
      bucketCounts: [1, 1, 1],
      temporality: 'delta',
    },
  ],
  summaries: [
    {
      kpi: 'request_duration_seconds',
      resource: pod,
      labels: {},
      timestampNs: T,
      count: 10,
      sum: 2.5,
      quantiles: [{ quantile: 0.5, value: Number.NaN }],
    },
  ],
  events: [event],
  rejections: new Map([['timestamp too far in the future', 2]]),
};

describe('encodeBatch and openWireBatch', () => {
  it('round-trips a batch through structured cloning with one transferred buffer', () => {
    const wire = encodeBatch(batch, [{ source: 'import', family: 'foo_total', count: 4 }]);
    const view = openWireBatch(structuredClone(wire, { transfer: [wire.buffer] }));
    const { counts, columns, string } = view;

    // Labels in another order are the same series; kind and resource tell series apart.
    expect(counts).toMatchObject({ series: 7, samples: 6, histograms: 1, summaries: 1 });
    expect(Array.from(columns.sampleSeries)).toEqual([0, 0, 0, 1, 2, 3]);
    expect(string(0)).toBe('cpu_seconds_total\u0001counter\u0001a\u00021\u0003b\u00022\u0003');
    const kinds = Array.from(
      { length: counts.series },
      (_, i) => `${view.kpiOf(i)}/${view.kindOf(i)}`,
    );
    expect(kinds).toEqual([
      'cpu_seconds_total/counter',
      'memory_bytes/gauge',
      'memory_bytes/gauge',
      'memory_bytes/gauge',
      'startup_seconds/histogram',
      'request_duration_seconds/summary',
      'startup_seconds/event',
    ]);
    expect(Array.from(columns.seriesResource)).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(Array.from(columns.times)).toEqual([T, T + 1n, T + 2n]);
    expect(Array.from(columns.sampleTime)).toEqual([0, 1, 2, 0, 0, 0]);
    expect(Array.from(columns.sampleStale)).toEqual([0, 0, 1, 1, 0, 0]);
    expect(Number.isNaN(columns.sampleValues[1])).toBe(true);
    expect(columns.sampleValues[4]).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(columns.sampleValues[5], -0)).toBe(true);

    const bases = stringBases(counts);
    expect([columns.histogramCounts[0], columns.histogramSums[0]]).toEqual([3, Number.NaN]);
    expect(string(bases.bounds)).toBe('[0.1,1]');
    expect(string(bases.bucketCounts)).toBe('[1,1,1]');
    expect(string(bases.temporality)).toBe('delta');
    expect(string(bases.quantiles)).toBe('[{"quantile":0.5,"value":null}]');
    expect(view.unmapped()).toEqual([{ source: 'import', family: 'foo_total', count: 4 }]);
    expect(view.batch.rejections).toEqual([['timestamp too far in the future', 2]]);
    expect(view.batch.events).toEqual([event]);
    expect(Array.from(columns.eventSeries)).toEqual([6]);
  });

  it('rebuilds resources exactly, telling an absent field from an empty one', () => {
    const view = openWireBatch(structuredClone(encodeBatch(batch, [])));
    const resources = Array.from({ length: view.counts.resources }, (_, i) => view.resource(i));

    expect(resources).toEqual([pod, emptyNode]);
    expect('node' in (resources[0] ?? {})).toBe(false);
    expect(view.resourceKey(0)).not.toBe(view.resourceKey(1));
  });
});
