import { describe, expect, it } from 'vitest';
import type { Resource } from './resource.ts';
import { ZResource } from './resource.ts';
import { ZHistogramPoint, ZKpiSample, ZSummaryPoint } from './samples.ts';

const resource: Resource = {
  tenant: 'default',
  paradigm: 'serverless',
  platform: 'aws-lambda',
  workload: 'resize-image',
  attributes: { 'cloud.region': 'eu-west-1' },
};
const base = { resource, labels: { cold: 'true' }, timestampNs: 1_700_000_000_123_456_789n };

describe('ZResource', () => {
  it('accepts the minimal resource and rejects an unknown paradigm', () => {
    expect(ZResource.parse(resource)).toEqual(resource);
    expect(ZResource.safeParse({ ...resource, paradigm: 'mainframe' }).success).toBe(false);
  });
});

describe('ZKpiSample', () => {
  it.each([NaN, Infinity, -Infinity, 0, -1.5, 1.257894e9])('accepts value %s', (value) => {
    const parsed = ZKpiSample.parse({ ...base, kpi: 'startup_seconds', value });
    expect(Object.is(parsed.value, value)).toBe(true);
  });

  it('rejects a string value, an unknown KPI and a number timestamp', () => {
    expect(ZKpiSample.safeParse({ ...base, kpi: 'memory_bytes', value: '1' }).success).toBe(false);
    expect(ZKpiSample.safeParse({ ...base, kpi: 'memory_mb', value: 1 }).success).toBe(false);
    expect(
      ZKpiSample.safeParse({ ...base, kpi: 'memory_bytes', value: 1, timestampNs: 1 }).success,
    ).toBe(false);
  });

  it('keeps nanosecond timestamps above 2^53 exact', () => {
    const parsed = ZKpiSample.parse({ ...base, kpi: 'up', value: 1, stale: true });
    expect(parsed.timestampNs).toBe(1_700_000_000_123_456_789n);
    expect(parsed.stale).toBe(true);
  });
});

describe('ZHistogramPoint and ZSummaryPoint', () => {
  it('accepts a cumulative histogram with NaN sum', () => {
    const point = {
      ...base,
      kpi: 'request_duration_seconds',
      count: 3,
      sum: NaN,
      bounds: [0.005, 0.1, 1],
      bucketCounts: [1, 1, 1, 0],
      temporality: 'cumulative',
    };
    expect(ZHistogramPoint.parse(point).bounds).toEqual([0.005, 0.1, 1]);
    expect(ZHistogramPoint.safeParse({ ...point, temporality: 'both' }).success).toBe(false);
  });

  it('accepts idle summary quantiles as NaN and rejects a quantile above 1', () => {
    const point = {
      ...base,
      kpi: 'request_duration_seconds',
      count: 0,
      sum: 0,
      quantiles: [{ quantile: 0.5, value: NaN }],
    };
    expect(ZSummaryPoint.safeParse(point).success).toBe(true);
    expect(
      ZSummaryPoint.safeParse({ ...point, quantiles: [{ quantile: 50, value: 1 }] }).success,
    ).toBe(false);
  });
});
