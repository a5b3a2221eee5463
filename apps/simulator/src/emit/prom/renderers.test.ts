import { describe, expect, it } from 'vitest';

// The collector's own parser, so the test holds the simulator to what the collector reads.
import { parsePrometheusText } from '../../../../collector/src/decode/prometheus/index.ts';
import { createFleet } from '../../fleet/fleet.ts';
import { ORIGIN, T } from '../../test-utils/fixtures.ts';
import { parseText } from './parse-text.ts';

const fleet = createFleet({ seed: 'renderers', originMs: ORIGIN });
const textOf = (id: string): string => {
  const target = fleet.targets.find((candidate) => candidate.id === id);
  if (target === undefined) throw new Error(`no target ${id}`);

  return target.render(fleet.ctx, T);
};

describe('every exporter renders valid Prometheus text', () => {
  it.each(fleet.targets.map((target) => [target.id]))('%s', (id) => {
    const text = textOf(id);
    const parsed = parsePrometheusText(text, { format: 'prometheus', defaultTimestampMs: T });
    expect(parsed.samples.length).toBeGreaterThan(0);
    expect(parsed.duplicates).toBe(0);
    expect(parseText(text).length).toBe(parsed.samples.length);
  });
});

describe('exporters keep their real quirks', () => {
  it('node_exporter prints big values in Go exponent form', () => {
    expect(textOf('edge-k3s-01/node-exporter')).toMatch(
      /node_memory_MemTotal_bytes 8\.589934592e\+09\n/,
    );
  });

  it('kubelet writes [ALPHA] HELP texts and a HELP line with no text', () => {
    const text = textOf('edge-k3s-01/kubelet');
    expect(text).toContain('# HELP kubelet_running_pods [ALPHA]');
    expect(text).toContain('# HELP rest_client_requests_total\n');
    expect(text).toContain('git_version="v1.31.4+k3s1"');
  });

  it('cAdvisor stamps its container series and lists pod, pause and root cgroups', () => {
    const text = textOf('edge-k3s-01/cadvisor');
    expect(text).toMatch(/container_cpu_usage_seconds_total\{container="POD",.*\} \S+ \d{13}\n/);
    expect(text).toContain('id="/"');
  });

  it('DCGM reports percent, MiB and mJ with mixed-case labels and a °C in HELP', () => {
    const text = textOf('gpu-node-01/dcgm-exporter');
    expect(text).toContain('GPU temperature (in °C).');
    expect(text).toMatch(
      /DCGM_FI_DEV_GPU_UTIL\{gpu="0",UUID="GPU-[0-9a-f-]+",.*modelName="NVIDIA A100-SXM4-40GB",Hostname="gpu-node-01"/,
    );
  });

  it('vLLM sorts le among labels, writes Python floats and a histogram named *_total', () => {
    const text = textOf('vllm-llama-8b/vllm');
    expect(text).toMatch(
      /vllm:e2e_request_latency_seconds_bucket\{engine="0",le="0\.3",model_name=/,
    );
    expect(text).toContain('# TYPE vllm:iteration_tokens_total histogram');
    expect(text).toMatch(/vllm:prompt_tokens_created\{[^}]+\} \d\.\d+e\+09/);
    expect(text).toContain('vllm:gpu_cache_usage_perc');
    expect(textOf('vllm-mistral-7b/vllm')).toContain('vllm:kv_cache_usage_perc');
  });

  it('Triton counts µs and writes summaries count first', () => {
    const text = textOf('triton-01/triton');
    expect(text).toMatch(
      /nv_inference_queue_summary_us_count\{[^}]+\} \d+\nnv_inference_queue_summary_us_sum/,
    );
    expect(text).toMatch(/nv_gpu_utilization\{gpu_uuid="GPU-[^"]+"\} 0\.\d+/);
  });

  it('TF Serving has no HELP, ":" names, {} on unlabelled series, a family with no samples', () => {
    const text = textOf('tfserving-ranking/tf-serving');
    expect(text).not.toContain('# HELP');
    expect(text).toMatch(/:tensorflow:core:graph_runs\{\} \d+/);
    expect(text).toContain('# TYPE :tensorflow:api:op:using_fake_quantization gauge\n# TYPE');
  });

  it('geth types counters as gauge, uses ns "0.50" quantiles, spaces around labels, blank lines', () => {
    const text = textOf('geth-mainnet-01/geth');
    expect(text).not.toContain('# HELP');
    expect(text).toContain('# TYPE rpc_requests gauge');
    expect(text).toMatch(/rpc_duration_all \{quantile="0\.50"\} \d+/);
    expect(text).toMatch(/geth_info \{arch="amd64", commit=/);
    expect(text).toContain('\n\n# TYPE');
  });

  it('Fabric declares a family with no samples; Corda via JMX ends without a newline', () => {
    expect(textOf('fabric-peer0-org1/fabric-peer')).toContain(
      '# TYPE consensus_etcdraft_is_leader gauge\n# HELP',
    );
    const corda = textOf('corda-partya/corda-jmx');
    expect(corda.endsWith('\n')).toBe(false);
    expect(corda).toContain('# TYPE net_corda_Flows_Started_Count untyped');
  });

  it('Knative ≤1.18 latencies are ms histograms; ≥1.19 uses OTel names in seconds', () => {
    expect(textOf('knative-serving/activator')).toContain('le="100000"');
    expect(textOf('search-suggest/queue-proxy')).toContain(
      '# TYPE kn_serving_invocation_duration_seconds histogram',
    );
  });

  it('the legacy wasmCloud host carries a # NOTE comment', () => {
    expect(textOf('wasmcloud-host-b/wasmcloud')).toMatch(/^# NOTE /m);
  });
});
