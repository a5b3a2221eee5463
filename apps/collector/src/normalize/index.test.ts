import { describe, expect, it } from 'vitest';

import { STALE_NAN } from '../decode/prometheus/stale.ts';
import type { PromParseResult, PromSample } from '../decode/types.ts';
import { normalizePrometheus } from './index.ts';
import { createContext, RECEIVED_AT_NS } from './test-utils/context.ts';
import { findHistogram, readSamples } from './test-utils/find.ts';
import { parseFixture } from './test-utils/prom-fixture.ts';

/** Remote-write carries no metadata: every sample is its own untyped family. */
const createRemoteWrite = (
  samples: [name: string, labels: Record<string, string>, value: number, ms: number][],
): PromParseResult => ({
  families: new Map(),
  samples: samples.map(([name, labels, value, timestampMs]): PromSample => ({
    name,
    labels,
    value,
    timestampMs,
    family: name,
  })),
});

describe('normalizePrometheus', () => {
  it('gives host-process series the platform of the workload scraped with them', () => {
    const batch = normalizePrometheus(
      parseFixture(`
# TYPE ledger_blockchain_height gauge
ledger_blockchain_height{channel="mychannel"} 1042
# TYPE process_cpu_seconds_total counter
process_cpu_seconds_total 42.5
# TYPE go_goroutines gauge
go_goroutines 97
`),
      createContext({ job: 'fabric-peer' }),
    );
    expect(batch.samples.map((s) => [s.kpi, s.value, s.resource.platform])).toEqual([
      ['block_height', 1042, 'hyperledger-fabric'],
      ['cpu_seconds_total', 42.5, 'hyperledger-fabric'],
    ]);
    expect(batch.unmapped).toEqual([{ source: 'fabric-peer', family: 'go_goroutines', count: 1 }]);
  });

  it('reads remote-write histograms (no TYPE) by the rule, with exact ns timestamps', () => {
    const ms = 1_714_564_801_234;
    const batch = normalizePrometheus(
      createRemoteWrite([
        ['kubelet_pod_start_duration_seconds_bucket', { instance: 'n1:10250', le: '1' }, 3, ms],
        ['kubelet_pod_start_duration_seconds_bucket', { instance: 'n1:10250', le: '+Inf' }, 4, ms],
        ['kubelet_pod_start_duration_seconds_sum', { instance: 'n1:10250' }, 6.5, ms],
        ['kubelet_pod_start_duration_seconds_count', { instance: 'n1:10250' }, 4, ms],
        ['container_cpu_usage_seconds_total', { container: 'app', pod: 'app-1' }, 8, ms],
      ]),
      createContext({ source: 'remote_write', job: undefined }),
    );
    expect(findHistogram(batch, 'startup_seconds')).toMatchObject({
      timestampNs: 1_714_564_801_234_000_000n,
      count: 4,
      sum: 6.5,
      bounds: [1],
      bucketCounts: [3, 1],
    });
    expect(readSamples(batch, 'cpu_seconds_total')).toEqual([{ labels: {}, value: 8 }]);
    expect(batch.unmapped).toEqual([]);
  });

  it('keeps each scrape of a remote-written histogram apart (several samples per series)', () => {
    const [t1, t2] = [1_714_564_800_000, 1_714_564_815_000];
    const node = { instance: 'n1:10250' };
    const bucket = 'kubelet_pod_start_duration_seconds_bucket';
    const batch = normalizePrometheus(
      createRemoteWrite([
        [bucket, { ...node, le: '2' }, 1, t1],
        [bucket, { ...node, le: '2' }, 2, t2],
        [bucket, { ...node, le: '+Inf' }, 3, t1],
        [bucket, { ...node, le: '+Inf' }, 5, t2],
        ['kubelet_pod_start_duration_seconds_sum', node, 7.6, t1],
        ['kubelet_pod_start_duration_seconds_sum', node, 13.9, t2],
        ['kubelet_pod_start_duration_seconds_count', node, 3, t1],
        ['kubelet_pod_start_duration_seconds_count', node, 5, t2],
      ]),
      createContext({ source: 'remote_write', job: undefined }),
    );
    expect(
      batch.histograms.map(({ timestampNs, count, sum, bucketCounts }) => ({
        timestampNs,
        count,
        sum,
        bucketCounts,
      })),
    ).toEqual([
      { timestampNs: BigInt(t1) * 1_000_000n, count: 3, sum: 7.6, bucketCounts: [1, 2] },
      { timestampNs: BigInt(t2) * 1_000_000n, count: 5, sum: 13.9, bucketCounts: [2, 3] },
    ]);
  });

  it('reads OpenMetrics counters (family without _total) and skips their _created samples', () => {
    const result: PromParseResult = {
      families: new Map([['vllm:prompt_tokens', { name: 'vllm:prompt_tokens', type: 'counter' }]]),
      samples: [
        {
          name: 'vllm:prompt_tokens_total',
          labels: { model_name: 'm' },
          value: 10,
          family: 'vllm:prompt_tokens',
        },
        {
          name: 'vllm:prompt_tokens_created',
          labels: { model_name: 'm' },
          value: 1.7e9,
          family: 'vllm:prompt_tokens',
        },
      ],
    };
    const batch = normalizePrometheus(result, createContext());
    expect(readSamples(batch, 'tokens_total')).toEqual([
      { labels: { direction: 'prompt', model: 'm' }, value: 10 },
    ]);
  });

  it('passes stale markers on and drops stale histograms', () => {
    const batch = normalizePrometheus(
      createRemoteWrite([
        ['DCGM_FI_DEV_GPU_UTIL', { gpu: '0', Hostname: 'g1' }, STALE_NAN, 1_714_564_800_000],
        ['kubelet_pod_start_duration_seconds_bucket', { le: '+Inf' }, STALE_NAN, 1_714_564_800_000],
        ['kubelet_pod_start_duration_seconds_count', {}, STALE_NAN, 1_714_564_800_000],
      ]),
      createContext(),
    );
    expect(batch.samples).toHaveLength(1);
    expect(batch.samples[0]).toMatchObject({ kpi: 'gpu_utilization_ratio', stale: true });
    expect(batch.samples[0]?.value).toBeNaN();
    expect(batch.histograms).toEqual([]);
  });

  it('lets the scrape hint override detection (KServe behind Knative queue-proxy)', () => {
    const batch = normalizePrometheus(
      parseFixture(
        'revision_request_count{namespace_name="ml",service_name="iris",response_code_class="2xx"} 5',
      ),
      createContext({ platformHint: 'kserve' }),
    );
    expect(batch.samples[0]?.resource).toMatchObject({ platform: 'kserve', paradigm: 'ai_ml' });
    expect(batch.samples[0]?.timestampNs).toBe(RECEIVED_AT_NS);
  });

  it('ignores a hint the catalog does not know', () => {
    const batch = normalizePrometheus(
      parseFixture('p2p_peers 12'),
      createContext({ platformHint: 'no-such-platform' }),
    );
    expect(batch.samples[0]?.resource.platform).toBe('geth');
  });
});
