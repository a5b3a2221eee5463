import type { RuleSet } from './types.ts';

/**
 * NVIDIA Triton Inference Server (`:8002/metrics`). Durations are cumulative **µs** counters
 * (`nv_inference_*_duration_us`): each becomes a one-bucket histogram whose count is the
 * success counter of the same model and version, so the mean latency is Δsum/Δcount at query
 * time. The optional `*_summary_us` summaries are read as summaries. `nv_gpu_utilization` is
 * already 0–1 (DCGM's is percent). Failures feed both requests_total (with successes) and
 * errors_total; newer releases add a `reason` label.
 *
 * Each loaded model version is a workload of its own (`<model>:<version>`, with
 * `model.version`): Triton serves several versions of a model side by side (version policy
 * all/specific) and counts each apart, and the catalog has no version dimension. Server-wide
 * series (GPU, CPU) stay on the server's resource.
 * @see https://github.com/triton-inference-server/server/blob/main/docs/user_guide/metrics.md
 */
const SUCCESS_COUNT = ['nv_inference_request_success'] as const;

export const TRITON_RULES: RuleSet = {
  family: 'triton',
  resource: {
    workload: ['model', 'k8s_deployment_name', 'deployment', 'app', 'service'],
    version: ['version'],
    attributes: { version: 'model.version' },
  },
  rules: [
    {
      match: { metric: 'nv_inference_request_success' },
      kpi: 'requests_total',
      shape: 'counter',
      labels: { model: 'model' },
    },
    {
      match: { metric: 'nv_inference_request_failure' },
      kpi: 'requests_total',
      shape: 'counter',
      labels: { model: 'model' },
    },
    {
      match: { metric: 'nv_inference_request_failure' },
      kpi: 'errors_total',
      shape: 'counter',
      labels: { model: 'model', reason: 'reason' },
    },
    {
      match: { metric: 'nv_inference_request_duration_us' },
      kpi: 'request_duration_seconds',
      shape: 'counter',
      convert: 'microseconds',
      countFrom: SUCCESS_COUNT,
      labels: { model: 'model' },
    },
    {
      match: { metric: 'nv_inference_queue_duration_us' },
      kpi: 'queue_wait_seconds',
      shape: 'counter',
      convert: 'microseconds',
      countFrom: SUCCESS_COUNT,
      labels: { model: 'model' },
    },
    {
      match: { metric: 'nv_inference_request_summary_us' },
      kpi: 'request_duration_seconds',
      shape: 'summary',
      convert: 'microseconds',
      labels: { model: 'model' },
    },
    {
      match: { metric: 'nv_inference_queue_summary_us' },
      kpi: 'queue_wait_seconds',
      shape: 'summary',
      convert: 'microseconds',
      labels: { model: 'model' },
    },
    {
      match: { metric: 'nv_inference_pending_request_count' },
      kpi: 'queue_depth',
      shape: 'gauge',
      labels: { model: 'model' },
    },
    {
      match: { metric: 'nv_gpu_utilization' },
      kpi: 'gpu_utilization_ratio',
      shape: 'gauge',
      labels: { gpu: 'gpu_uuid' },
    },
    {
      match: { metric: 'nv_gpu_memory_used_bytes' },
      kpi: 'gpu_memory_used_bytes',
      shape: 'gauge',
      labels: { gpu: 'gpu_uuid' },
    },
    {
      match: { metric: 'nv_energy_consumption' },
      kpi: 'energy_joules_total',
      shape: 'counter',
      labels: { gpu: 'gpu_uuid' },
    },
  ],
};
