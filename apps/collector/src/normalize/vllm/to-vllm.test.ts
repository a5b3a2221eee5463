import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toVllmKpis } from './to-vllm.ts';

const M = 'engine="0",model_name="meta-llama/Llama-3.1-8B-Instruct"';
const MODEL = { model: 'meta-llama/Llama-3.1-8B-Instruct' };

const SCRAPE = `
# TYPE vllm:num_requests_waiting gauge
vllm:num_requests_waiting{${M}} 3
# TYPE vllm:gpu_cache_usage_perc gauge
vllm:gpu_cache_usage_perc{${M}} 0.27
# TYPE vllm:prompt_tokens_total counter
vllm:prompt_tokens_total{${M}} 123456
# TYPE vllm:generation_tokens_total counter
vllm:generation_tokens_total{${M}} 654321
# TYPE vllm:request_success_total counter
vllm:request_success_total{finished_reason="stop",${M}} 900
vllm:request_success_total{finished_reason="length",${M}} 100
# TYPE vllm:e2e_request_latency_seconds histogram
vllm:e2e_request_latency_seconds_bucket{${M},le="0.3"} 100
vllm:e2e_request_latency_seconds_bucket{${M},le="1.0"} 600
vllm:e2e_request_latency_seconds_bucket{${M},le="+Inf"} 1000
vllm:e2e_request_latency_seconds_sum{${M}} 2100.5
vllm:e2e_request_latency_seconds_count{${M}} 1000
# TYPE vllm:iteration_tokens_total histogram
vllm:iteration_tokens_total_bucket{${M},le="1"} 5
vllm:iteration_tokens_total_bucket{${M},le="8"} 30
vllm:iteration_tokens_total_bucket{${M},le="+Inf"} 50
vllm:iteration_tokens_total_sum{${M}} 400
vllm:iteration_tokens_total_count{${M}} 50
`;

describe('toVllmKpis', () => {
  const batch = toVllmKpis(parseFixture(SCRAPE), createContext({ job: 'vllm' }));

  it('reads queue depth, tokens by direction and requests over finish reasons', () => {
    expect(readSamples(batch, 'queue_depth')).toEqual([{ labels: MODEL, value: 3 }]);
    expect(readSamples(batch, 'tokens_total')).toEqual([
      { labels: { direction: 'prompt', ...MODEL }, value: 123_456 },
      { labels: { direction: 'generation', ...MODEL }, value: 654_321 },
    ]);
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: MODEL, value: 1000 }]);
  });

  it('reads end-to-end latency as a histogram', () => {
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      labels: MODEL,
      count: 1000,
      sum: 2100.5,
      bounds: [0.3, 1],
      bucketCounts: [100, 500, 400],
    });
  });

  it('reads the KV cache under its old name as the same ratio KPI', () => {
    expect(readSamples(batch, 'kv_cache_usage_ratio')).toEqual([{ labels: MODEL, value: 0.27 }]);
  });

  it('never reads the _total-suffixed histogram as a counter', () => {
    expect(batch.unmapped).toEqual([
      { source: 'vllm', family: 'vllm:iteration_tokens_total', count: 5 },
    ]);
    expect(batch.samples.some((s) => s.kpi === 'tokens_total' && s.value === 50)).toBe(false);
  });
});
