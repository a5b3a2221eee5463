import type { TestFleet } from './fleet.ts';

/**
 * Real exposition formats (the families the collector's rules map, as in
 * tests/ingest/data) for a small mixed fleet, scraped several times so counters have rates.
 * Every scrape i adds the same increase, so each per-unit ratio is known exactly.
 */

export type Scrape = { index: number; atMs: number };

const MIB = 1024 * 1024;

/** MLflow tracking server with its process metrics: requests, CPU and memory on one resource. */
export const mlflowServer = ({ index, atMs }: Scrape): string =>
  [
    '# TYPE mlflow_http_request_total counter',
    `mlflow_http_request_total{method="GET",status="200"} ${1000 + index * 300} ${atMs}`,
    '# TYPE process_cpu_seconds_total counter',
    `process_cpu_seconds_total ${50 + index * 6} ${atMs}`,
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${200 * MIB} ${atMs}`,
  ].join('\n') + '\n';

/** A Wasm engine's host process (platform from the scrape's hint): CPU and memory only. */
export const wasmHostProcess = ({ index, atMs }: Scrape): string =>
  [
    '# TYPE process_cpu_seconds_total counter',
    `process_cpu_seconds_total ${10 + index * 0.5} ${atMs}`,
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${40 * MIB} ${atMs}`,
  ].join('\n') + '\n';

/** wasmCloud component invocations on host `wasm-node-1`: 100 per scrape. */
export const wasmcloudInvocations = ({ index, atMs }: Scrape): string =>
  [
    '# TYPE wasmcloud_host_component_invocations_total counter',
    `wasmcloud_host_component_invocations_total{component_id="echo",host="wasm-node-1"} ` +
      `${index * 100} ${atMs}`,
  ].join('\n') + '\n';

/** kubelet's cAdvisor endpoint: one pod whose container is named `container`. */
export const cadvisorPod = (container: string, memoryBytes: number) => (scrape: Scrape) =>
  [
    '# TYPE container_cpu_usage_seconds_total counter',
    `container_cpu_usage_seconds_total{container="${container}",cpu="total",namespace="shop",` +
      `pod="${container}-6f9c7b8d4-k8s2m"} ${100 + scrape.index * 3} ${scrape.atMs}`,
    '# TYPE container_memory_working_set_bytes gauge',
    `container_memory_working_set_bytes{container="${container}",namespace="shop",` +
      `pod="${container}-6f9c7b8d4-k8s2m"} ${memoryBytes} ${scrape.atMs}`,
  ].join('\n') + '\n';

const TRITON_GPU = 'GPU-1f3e5d7c-9b2a-4c6e-8f0d-2a4c6e8f0b1d';

/**
 * Triton with two models serving and one idle: 500 inferences and 1000 J per scrape, 6 GiB
 * of GPU memory.
 */
export const tritonServer = ({ index, atMs }: Scrape): string =>
  [
    '# TYPE nv_inference_request_success counter',
    `nv_inference_request_success{model="densenet_onnx",version="1"} ${index * 300} ${atMs}`,
    `nv_inference_request_success{model="text_encoder",version="3"} ${index * 200} ${atMs}`,
    `nv_inference_request_success{model="idle_model",version="1"} 0 ${atMs}`,
    '# TYPE nv_energy_consumption counter',
    `nv_energy_consumption{gpu_uuid="${TRITON_GPU}"} ${5000 + index * 1000} ${atMs}`,
    '# TYPE nv_gpu_memory_used_bytes gauge',
    `nv_gpu_memory_used_bytes{gpu_uuid="${TRITON_GPU}"} ${6 * 1024 * MIB} ${atMs}`,
  ].join('\n') + '\n';

/** vLLM generating 4000 tokens for 20 requests per scrape. */
export const vllmServer = ({ index, atMs }: Scrape): string => {
  const model = 'model_name="llama-3.1-8b-instruct"';
  return (
    [
      '# TYPE vllm:prompt_tokens_total counter',
      `vllm:prompt_tokens_total{${model}} ${index * 3000} ${atMs}`,
      '# TYPE vllm:generation_tokens_total counter',
      `vllm:generation_tokens_total{${model}} ${index * 1000} ${atMs}`,
      '# TYPE vllm:request_success_total counter',
      `vllm:request_success_total{${model},finished_reason="stop"} ${index * 20} ${atMs}`,
    ].join('\n') + '\n'
  );
};

/** dcgm-exporter on the vLLM server's GPU: 2000 J per scrape (mJ on the wire). */
export const dcgmGpu = ({ index, atMs }: Scrape): string => {
  const gpu = 'gpu="0",UUID="GPU-8e1b7d42-0c9a-4f36-b5e2-1a7c3d9f6e08",Hostname="gpu-b"';
  return (
    [
      '# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter',
      `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{${gpu}} ${(10_000 + index * 2000) * 1000} ${atMs}`,
      '# TYPE DCGM_FI_DEV_FB_USED gauge',
      `DCGM_FI_DEV_FB_USED{${gpu}} 16384 ${atMs}`,
    ].join('\n') + '\n'
  );
};

/** kubelet /metrics: five pod starts per scrape, four under 3 s and one of 15 s. */
export const kubeletPodStarts = ({ index, atMs }: Scrape): string => {
  const bounds: [string, number][] = [
    ['1', 1],
    ['2', 2],
    ['3', 4],
    ['20', 5],
    ['+Inf', 5],
  ];
  return (
    [
      '# TYPE kubelet_pod_start_duration_seconds histogram',
      ...bounds.map(
        ([le, perScrape]) =>
          `kubelet_pod_start_duration_seconds_bucket{le="${le}"} ${perScrape * (index + 1)} ${atMs}`,
      ),
      `kubelet_pod_start_duration_seconds_sum ${22.5 * (index + 1)} ${atMs}`,
      `kubelet_pod_start_duration_seconds_count ${5 * (index + 1)} ${atMs}`,
    ].join('\n') + '\n'
  );
};

/** Sends `render` for each scrape time, oldest first, with the import's query parameters. */
export const scrapeTimes = async (
  fleet: TestFleet,
  times: readonly number[],
  render: (scrape: Scrape) => string,
  query: Record<string, string>,
): Promise<void> => {
  for (const [index, atMs] of times.entries()) {
    await fleet.importText(render({ index, atMs }), query);
  }
};
