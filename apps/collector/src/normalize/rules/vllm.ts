import type { RuleSet } from './types.ts';

/**
 * vLLM (V1 engine metrics; label `model_name`). `vllm:iteration_tokens_total` is a histogram
 * despite its `_total`: no rule reads it, so it is counted as unmapped, never as a counter.
 * `vllm:gpu_cache_usage_perc` was renamed `vllm:kv_cache_usage_perc` (both 0–1 despite
 * "perc"); both spellings map to the same KPI, so a fleet mid-upgrade keeps one series.
 * @see https://github.com/vllm-project/vllm/blob/main/docs/design/metrics.md
 */
const MODEL = { model: 'model_name' } as const;

export const VLLM_RULES: RuleSet = {
  family: 'vllm',
  rules: [
    {
      match: { metric: 'vllm:e2e_request_latency_seconds' },
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      labels: MODEL,
    },
    {
      match: { metric: 'vllm:request_queue_time_seconds' },
      kpi: 'queue_wait_seconds',
      shape: 'histogram',
      labels: MODEL,
    },
    {
      match: { metric: 'vllm:num_requests_waiting' },
      kpi: 'queue_depth',
      shape: 'gauge',
      labels: MODEL,
    },
    {
      match: { metric: 'vllm:request_success_total' },
      kpi: 'requests_total',
      shape: 'counter',
      labels: MODEL,
    },
    {
      match: { metric: 'vllm:prompt_tokens_total' },
      kpi: 'tokens_total',
      shape: 'counter',
      labels: MODEL,
      constLabels: { direction: 'prompt' },
    },
    {
      match: { metric: 'vllm:generation_tokens_total' },
      kpi: 'tokens_total',
      shape: 'counter',
      labels: MODEL,
      constLabels: { direction: 'generation' },
    },
    {
      match: { metric: 'vllm:kv_cache_usage_perc' },
      aliases: ['vllm:gpu_cache_usage_perc'],
      kpi: 'kv_cache_usage_ratio',
      shape: 'gauge',
      labels: MODEL,
    },
    {
      match: { metric: 'vllm:time_to_first_token_seconds' },
      kpi: 'time_to_first_token_seconds',
      shape: 'histogram',
      labels: MODEL,
    },
  ],
};
