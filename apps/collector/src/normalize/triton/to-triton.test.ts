import { describe, expect, it } from 'vitest';

import { createContext, RECEIVED_AT_NS } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toTritonKpis } from './to-triton.ts';

const SCRAPE = `
# HELP nv_inference_request_success Number of successful inference requests, all batch sizes
# TYPE nv_inference_request_success counter
nv_inference_request_success{model="resnet50",version="1"} 1200
# TYPE nv_inference_request_failure counter
nv_inference_request_failure{model="resnet50",reason="REJECTED",version="1"} 3
nv_inference_request_failure{model="resnet50",reason="BACKEND",version="1"} 2
# TYPE nv_inference_count counter
nv_inference_count{model="resnet50",version="1"} 4800
# TYPE nv_inference_request_duration_us counter
nv_inference_request_duration_us{model="resnet50",version="1"} 1.686306e+06
# TYPE nv_inference_queue_duration_us counter
nv_inference_queue_duration_us{model="resnet50",version="1"} 84000
# TYPE nv_inference_pending_request_count gauge
nv_inference_pending_request_count{model="resnet50",version="1"} 4
# TYPE nv_gpu_utilization gauge
nv_gpu_utilization{gpu_uuid="GPU-0a1b2c3d"} 0.42
# TYPE nv_gpu_memory_used_bytes gauge
nv_gpu_memory_used_bytes{gpu_uuid="GPU-0a1b2c3d"} 2.147483648e+09
# TYPE nv_energy_consumption counter
nv_energy_consumption{gpu_uuid="GPU-0a1b2c3d"} 81234.5
# TYPE nv_inference_request_summary_us summary
nv_inference_request_summary_us_count{model="resnet50",version="1"} 0
nv_inference_request_summary_us_sum{model="resnet50",version="1"} 0
nv_inference_request_summary_us{model="resnet50",version="1",quantile="0.5"} 812
nv_inference_request_summary_us{model="resnet50",version="1",quantile="0.99"} 2300
`;

const MODEL = { model: 'resnet50' };

describe('toTritonKpis', () => {
  const batch = toTritonKpis(parseFixture(SCRAPE), createContext({ instance: 'triton-0:8002' }));

  it('adds failures to successes for requests_total and keeps the failure reason', () => {
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: MODEL, value: 1205 }]);
    expect(readSamples(batch, 'errors_total')).toEqual([
      { labels: { model: 'resnet50', reason: 'REJECTED' }, value: 3 },
      { labels: { model: 'resnet50', reason: 'BACKEND' }, value: 2 },
    ]);
  });

  it('turns cumulative µs duration counters into one-bucket histograms in seconds', () => {
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      labels: MODEL,
      count: 1200,
      sum: 1.686306,
      bounds: [],
      bucketCounts: [1200],
      temporality: 'cumulative',
      timestampNs: RECEIVED_AT_NS,
    });
    expect(findHistogram(batch, 'queue_wait_seconds')).toMatchObject({ count: 1200, sum: 0.084 });
  });

  it('reads GPU metrics that are already a ratio, bytes and joules', () => {
    const gpu = { gpu: 'GPU-0a1b2c3d' };
    expect(readSamples(batch, 'gpu_utilization_ratio')).toEqual([{ labels: gpu, value: 0.42 }]);
    expect(readSamples(batch, 'gpu_memory_used_bytes')).toEqual([
      { labels: gpu, value: 2_147_483_648 },
    ]);
    expect(readSamples(batch, 'energy_joules_total')).toEqual([{ labels: gpu, value: 81_234.5 }]);
    expect(readSamples(batch, 'queue_depth')).toEqual([{ labels: MODEL, value: 4 }]);
  });

  it('never reports the quantiles of an idle summary as latencies', () => {
    expect(batch.summaries).toHaveLength(1);
    expect(batch.summaries[0]).toMatchObject({ kpi: 'request_duration_seconds', count: 0, sum: 0 });
    expect(batch.summaries[0]?.quantiles.map((q) => q.quantile)).toEqual([0.5, 0.99]);
    expect(batch.summaries[0]?.quantiles.every((q) => Number.isNaN(q.value))).toBe(true);
  });

  it('puts each model version and the GPUs on their own Triton resources', () => {
    const [model] = batch.samples;
    expect(model?.resource).toEqual({
      tenant: 'acme',
      paradigm: 'ai_ml',
      platform: 'nvidia-triton',
      workload: 'resnet50:1',
      instance: 'triton-0:8002',
      attributes: { 'model.version': '1', job: 'fixture' },
    });
    const gpu = batch.samples.find((sample) => sample.kpi === 'gpu_utilization_ratio');
    expect(gpu?.resource).toEqual({
      tenant: 'acme',
      paradigm: 'ai_ml',
      platform: 'nvidia-triton',
      instance: 'triton-0:8002',
      attributes: { job: 'fixture' },
    });
    expect(batch.unmapped).toEqual([{ source: 'fixture', family: 'nv_inference_count', count: 1 }]);
  });

  it('keeps two versions of one model apart, each with its own model.version', () => {
    const versions = toTritonKpis(
      parseFixture(`
# TYPE nv_inference_request_success counter
nv_inference_request_success{model="bert",version="1"} 700
nv_inference_request_success{model="bert",version="3"} 300
`),
      createContext(),
    );
    expect(
      versions.samples.map(({ resource, value }) => ({
        workload: resource.workload,
        version: resource.attributes['model.version'],
        value,
      })),
    ).toEqual([
      { workload: 'bert:1', version: '1', value: 700 },
      { workload: 'bert:3', version: '3', value: 300 },
    ]);
  });

  it('skips the duration histogram when no success counter is there (never 0/0)', () => {
    const lone = toTritonKpis(
      parseFixture(`
# TYPE nv_inference_request_duration_us counter
nv_inference_request_duration_us{model="bert",version="2"} 5000
`),
      createContext(),
    );
    expect(lone.histograms).toEqual([]);
  });
});
