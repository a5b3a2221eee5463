import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { PromSample, PromTextParseResult } from '../types.ts';
import { parsePrometheusText } from './parse.ts';

function parseFixture(file: string, format: 'prometheus' | 'openmetrics' = 'prometheus') {
  const bytes = readFileSync(new URL(`./testdata/${file}`, import.meta.url));
  return parsePrometheusText(new Uint8Array(bytes), { format });
}

function find(result: PromTextParseResult, name: string, labels: Record<string, string> = {}) {
  const matches = result.samples.filter(
    (s: PromSample) =>
      s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  expect(matches, `${name} ${JSON.stringify(labels)}`).toHaveLength(1);
  const [sample] = matches;
  if (sample === undefined) throw new Error('unreachable');
  return sample;
}

describe('real exporter output', () => {
  it('cAdvisor: long label sets, ms timestamps, exponent values', () => {
    const result = parseFixture('cadvisor.prom');
    expect(result.samples).toHaveLength(16);
    expect(result.duplicates).toBe(0);
    const cpu = find(result, 'container_cpu_usage_seconds_total', { container: 'api' });
    expect(cpu.value).toBe(1234.567891);
    expect(cpu.timestampMs).toBe(1700000000123);
    expect(cpu.labels.cpu).toBe('total');
    expect(cpu.labels.pod).toBe('api-6d8f9b7c5-x2k4m');
    expect(cpu.family).toBe('container_cpu_usage_seconds_total');
    expect(find(result, 'container_start_time_seconds').value).toBe(1686306000);
    expect(find(result, 'container_memory_failures_total', { failure_type: 'pgfault' }).value).toBe(
      1257894000,
    );
    expect(result.families.get('container_tasks_state')?.type).toBe('gauge');
    expect(find(result, 'cadvisor_version_info').labels.osVersion).toBe('Ubuntu 22.04.3 LTS');
  });

  it('node_exporter: summaries, empty label sets, info metrics', () => {
    const result = parseFixture('node-exporter.prom');
    expect(result.samples).toHaveLength(28);
    const gc = result.samples.filter((s) => s.family === 'go_gc_duration_seconds');
    expect(gc.map((s) => s.name)).toEqual([
      ...Array<string>(5).fill('go_gc_duration_seconds'),
      'go_gc_duration_seconds_sum',
      'go_gc_duration_seconds_count',
    ]);
    expect(find(result, 'node_cpu_seconds_total', { cpu: '1', mode: 'user' }).value).toBe(18100.44);
    expect(find(result, 'node_memory_MemAvailable_bytes').value).toBe(12345678848);
    expect(find(result, 'node_os_info').labels.version).toBe('22.04.3 LTS (Jammy Jellyfish)');
    expect(result.families.get('node_cpu_seconds_total')?.help).toBe(
      'Seconds the CPUs spent in each mode.',
    );
  });

  it('DCGM exporter: mixed-case labels, UTF-8 help, family without samples', () => {
    const result = parseFixture('dcgm-exporter.prom');
    expect(result.samples).toHaveLength(14);
    const util = find(result, 'DCGM_FI_DEV_GPU_UTIL', { gpu: '0' });
    expect(util.value).toBe(87);
    expect(util.labels).toMatchObject({
      UUID: 'GPU-2f4c8a1e-6b3d-9e7f-0a5c-1d8b4e6f2a9c',
      device: 'nvidia0',
      modelName: 'NVIDIA A100-SXM4-40GB',
      Hostname: 'gpu-node-a1',
      pod: 'trainer-0',
    });
    expect(find(result, 'DCGM_FI_DEV_FB_USED', { gpu: '0' }).value).toBe(31744);
    expect(result.families.get('DCGM_FI_DEV_GPU_TEMP')?.help).toBe('GPU temperature (in °C).');
    expect(result.families.get('DCGM_FI_DEV_XID_ERRORS')).toEqual({
      name: 'DCGM_FI_DEV_XID_ERRORS',
      type: 'gauge',
      help: 'Value of the last XID error encountered.',
    });
    expect(result.families.get('DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION')?.type).toBe('counter');
  });

  it('Triton: µs counters, summaries with _count before _sum, no trailing newline', () => {
    const result = parseFixture('triton.prom');
    expect(result.samples).toHaveLength(25);
    expect(find(result, 'nv_inference_request_success', { model: 'resnet50' }).value).toBe(1200);
    expect(find(result, 'nv_inference_queue_duration_us', { model: 'resnet50' }).value).toBe(
      1893456,
    );
    const idle = result.samples.filter(
      (s) => s.family === 'nv_inference_queue_summary_us' && s.labels.model === 'bert_qa',
    );
    expect(idle.map((s) => [s.name, s.labels.quantile, s.value])).toEqual([
      ['nv_inference_queue_summary_us_count', undefined, 0],
      ['nv_inference_queue_summary_us_sum', undefined, 0],
      ['nv_inference_queue_summary_us', '0.5', 812],
      ['nv_inference_queue_summary_us', '0.9', 812],
      ['nv_inference_queue_summary_us', '0.99', 812],
    ]);
    expect(find(result, 'nv_energy_consumption').value).toBe(845123.44);
  });

  it('vLLM: names with colons, a histogram named *_total, _created gauges', () => {
    const result = parseFixture('vllm.prom');
    expect(result.samples).toHaveLength(28);
    expect(find(result, 'vllm:num_requests_running').value).toBe(3);
    expect(find(result, 'vllm:gpu_cache_usage_perc').value).toBe(0.4375);
    expect(find(result, 'vllm:kv_cache_usage_perc').value).toBe(0.4375);
    expect(result.families.get('vllm:iteration_tokens_total')?.type).toBe('histogram');
    const bucket = find(result, 'vllm:iteration_tokens_total_bucket', { le: '+Inf' });
    expect(bucket.family).toBe('vllm:iteration_tokens_total');
    expect(bucket.value).toBe(6010);
    expect(find(result, 'vllm:prompt_tokens_created').family).toBe('vllm:prompt_tokens_created');
    expect(find(result, 'vllm:request_success_total', { finished_reason: 'length' }).value).toBe(
      17,
    );
  });

  it('geth: counters typed gauge, space before {, spaces after commas, no HELP', () => {
    const result = parseFixture('geth.prom');
    expect(result.samples).toHaveLength(19);
    expect(find(result, 'chain_head_block').value).toBe(19000000);
    expect(result.families.get('chain_head_block')).toEqual({
      name: 'chain_head_block',
      type: 'gauge',
    });
    expect(find(result, 'geth_info').labels.protocol_versions).toBe('67 68');
    expect(find(result, 'chain_inserts', { quantile: '0.50' }).value).toBe(12546000);
    expect(find(result, 'chain_inserts_count').family).toBe('chain_inserts_count');
    expect(result.families.get('chain_inserts_count')?.type).toBe('counter');
    const call = result.samples.filter((s) => s.family === 'rpc_duration_eth_call');
    expect(call.map((s) => s.name).slice(0, 2)).toEqual([
      'rpc_duration_eth_call_count',
      'rpc_duration_eth_call_sum',
    ]);
  });

  it('Hyperledger Fabric peer: ledger height per channel and endorsement histogram', () => {
    const result = parseFixture('fabric-peer.prom');
    expect(result.samples).toHaveLength(17);
    expect(find(result, 'ledger_blockchain_height', { channel: 'mychannel' }).value).toBe(42);
    expect(
      find(result, 'ledger_transaction_count', { validation_code: 'MVCC_READ_CONFLICT' }).value,
    ).toBe(9);
    expect(find(result, 'endorser_proposal_duration_bucket', { le: '+Inf' }).family).toBe(
      'endorser_proposal_duration',
    );
    expect(result.families.get('consensus_etcdraft_is_leader')?.type).toBe('gauge');
  });

  it('TF Serving: names starting with a colon and an empty label set', () => {
    const result = parseFixture('tf-serving.prom');
    expect(result.samples).toHaveLength(15);
    const count = find(result, ':tensorflow:serving:request_count', { status: 'OK' });
    expect(count.value).toBe(25);
    expect(count.family).toBe(':tensorflow:serving:request_count');
    expect(find(result, ':tensorflow:core:graph_runs').labels).toEqual({});
    expect(find(result, ':tensorflow:serving:request_latency_bucket', { le: '58.32' }).family).toBe(
      ':tensorflow:serving:request_latency',
    );
  });

  it('Knative activator: latency histogram in ms', () => {
    const result = parseFixture('knative-activator.prom');
    expect(result.samples).toHaveLength(11);
    const bucket = find(result, 'activator_request_latencies_bucket', { le: '1000' });
    expect(bucket.value).toBe(54);
    expect(bucket.family).toBe('activator_request_latencies');
    expect(bucket.labels.revision_name).toBe('hello-00001');
    expect(find(result, 'activator_request_count', { response_code: '503' }).value).toBe(1);
  });

  it('kubelet: [ALPHA] help kept as written, HELP without text, blank lines', () => {
    const result = parseFixture('kubelet.prom');
    expect(result.samples).toHaveLength(10);
    expect(result.families.get('prober_probe_total')?.help).toMatch(/^\[ALPHA\] Cumulative/);
    expect(result.families.get('rest_client_requests_total')?.help).toBe('');
    expect(find(result, 'prober_probe_total', { probe_type: 'Readiness' }).labels.result).toBe(
      'failed',
    );
  });

  it('OpenMetrics: exemplars dropped, second timestamps, _total/_created/_info families', () => {
    const result = parseFixture('openmetrics-exemplars.txt', 'openmetrics');
    expect(result.samples).toHaveLength(13);
    const total = find(result, 'http_server_requests_total', { code: '200' });
    expect(total).toMatchObject({ value: 1027, timestampMs: 1700000000123 });
    expect(total.family).toBe('http_server_requests');
    expect(find(result, 'http_server_requests_created', { code: '500' }).family).toBe(
      'http_server_requests',
    );
    expect(find(result, 'http_server_duration_seconds_bucket', { le: '+Inf' }).value).toBe(1030);
    expect(result.families.get('http_server_duration_seconds')?.unit).toBe('seconds');
    expect(find(result, 'build_info').family).toBe('build');
    expect(find(result, 'queue_depth')).toMatchObject({ value: -1.5, timestampMs: -3250 });
    expect(find(result, 'legacy').value).toBeNaN();
    expect(result.families.get('legacy')?.type).toBe('unknown');
  });
});
