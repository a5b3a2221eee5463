import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import { clamp } from '../../fleet/distributions.ts';
import {
  histogramOf,
  isSaturatedAt,
  latencySegments,
  queueDepthAt,
  utilizationAt,
} from '../../fleet/gpu-model.ts';
import { logNormalOf } from '../../fleet/histogram.ts';
import type { ModelServer } from '../../fleet/inventory/ai-ml.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import { jitterAt, rateAt } from '../../fleet/load.ts';
import { writeHistogram } from './families.ts';
import { formatPython } from './format.ts';
import type { Labels } from './text.ts';
import { createTextWriter } from './text.ts';

const PROMPT_TOKENS = 640;
const GENERATION_TOKENS = 230;
const MAX_SEQS = 256;
const TTFT = { median: 0.14, sigma: 0.7 };
const TPOT = { median: 0.021, sigma: 0.35 };
const TTFT_BOUNDS = [
  0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 20, 40, 80,
  160, 640, 2560,
];
const TPOT_BOUNDS = [
  0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 20, 40, 80,
];
const REQUEST_BOUNDS = [
  0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 5, 10, 15, 20, 30, 40, 50, 60, 120, 240, 480, 960, 1920, 7680,
];
const ITERATION_BOUNDS = [1, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384];

/**
 * vLLM's OpenAI server `/metrics` (V1 engine, prometheus_client): `1.0`-style numbers, labels
 * and `le` in sorted order, `_created` gauges beside counters, a histogram whose name ends in
 * `_total`. The first server still writes `vllm:gpu_cache_usage_perc`, later ones the renamed
 * `vllm:kv_cache_usage_perc`.
 */
export const renderVllm = (ctx: FleetContext, server: ModelServer, t: number): string => {
  const w = createTextWriter({ format: formatPython });
  const model = server.models[0];
  if (model === undefined) return w.text();
  const labels: Labels = [
    ['engine', '0'],
    ['model_name', model.name],
  ];
  const created = lastStartAt(ctx, server, t) / 1000 + 0.4837;
  const requests = totalAt(ctx, server, 'requests', t);
  const errors = totalAt(ctx, server, 'errors', t);
  const segments = latencySegments(ctx, server, 'requests', t);
  const gpu = server.gpus[0];
  const util = gpu === undefined ? 0 : utilizationAt(ctx, server, gpu, t);
  const saturated = isSaturatedAt(ctx, server, t);
  const running = Math.min(
    MAX_SEQS,
    Math.round(rateAt(ctx, server, t) * logNormalOf(model.latency).mean),
  );
  const hist = (
    name: string,
    help: string,
    bounds: readonly number[],
    dist: ReturnType<typeof logNormalOf>,
  ) => {
    w.family(name, 'histogram', help);
    writeHistogram(w, name, labels, histogramOf(segments, dist, bounds), formatPython, {
      position: 'sorted',
      countFirst: true,
    });
    w.family(`${name.replace(/_seconds$/, '')}_seconds_created`, 'gauge', help);
    w.sample(`${name.replace(/_seconds$/, '')}_seconds_created`, labels, created);
  };
  const counter = (name: string, help: string, value: number, extra: Labels = []) => {
    w.family(`${name}_total`, 'counter', help);
    w.sample(
      `${name}_total`,
      [...labels, ...extra].sort(([a], [b]) => (a < b ? -1 : 1)),
      value,
    );
    w.family(`${name}_created`, 'gauge', help);
    w.sample(
      `${name}_created`,
      [...labels, ...extra].sort(([a], [b]) => (a < b ? -1 : 1)),
      created,
    );
  };

  w.family('vllm:num_requests_running', 'gauge', 'Number of requests in model execution batches.');
  w.sample('vllm:num_requests_running', labels, saturated ? MAX_SEQS : running);
  w.family('vllm:num_requests_waiting', 'gauge', 'Number of requests waiting to be processed.');
  w.sample(
    'vllm:num_requests_waiting',
    labels,
    queueDepthAt(ctx, server, logNormalOf(model.queue).mean, t),
  );
  const cacheName =
    server.id === 'vllm-llama-8b' ? 'vllm:gpu_cache_usage_perc' : 'vllm:kv_cache_usage_perc';
  w.family(cacheName, 'gauge', 'KV-cache usage. 1 means 100 percent usage.');
  const cache = saturated
    ? 0.985
    : clamp(util * 0.82 * jitterAt(ctx, server.id, 'kv', t, 0.1), 0, 0.95);
  w.sample(cacheName, labels, Math.round(cache * 1e4) / 1e4);
  counter(
    'vllm:prompt_tokens',
    'Number of prefill tokens processed.',
    Math.floor(requests * PROMPT_TOKENS),
  );
  counter(
    'vllm:generation_tokens',
    'Number of generation tokens processed.',
    Math.floor(requests * GENERATION_TOKENS),
  );
  w.family('vllm:request_success_total', 'counter', 'Count of successfully processed requests.');
  const finished = Math.max(0, requests - errors);
  for (const [reason, share] of [
    ['abort', 0],
    ['length', 0.06],
    ['stop', 0.94],
  ] as const) {
    w.sample(
      'vllm:request_success_total',
      [
        ['engine', '0'],
        ['finished_reason', reason],
        ['model_name', model.name],
      ],
      Math.floor(finished * share),
    );
  }
  w.family(
    'vllm:iteration_tokens_total',
    'histogram',
    'Histogram of number of tokens per engine_step.',
  );
  const steps = segments.map(({ count }) => ({
    count: count * GENERATION_TOKENS * 0.12,
    factor: 1,
  }));
  writeHistogram(
    w,
    'vllm:iteration_tokens_total',
    labels,
    histogramOf(steps, logNormalOf({ median: 18, sigma: 1.1 }), ITERATION_BOUNDS),
    formatPython,
    { position: 'sorted', countFirst: true },
  );
  hist(
    'vllm:time_to_first_token_seconds',
    'Histogram of time to first token in seconds.',
    TTFT_BOUNDS,
    logNormalOf(TTFT),
  );
  hist(
    'vllm:time_per_output_token_seconds',
    'Histogram of time per output token in seconds.',
    TPOT_BOUNDS,
    logNormalOf(TPOT),
  );
  hist(
    'vllm:e2e_request_latency_seconds',
    'Histogram of e2e request latency in seconds.',
    REQUEST_BOUNDS,
    logNormalOf(model.latency),
  );
  hist(
    'vllm:request_queue_time_seconds',
    'Histogram of time spent in WAITING phase for request.',
    REQUEST_BOUNDS,
    logNormalOf(model.queue),
  );

  return w.text();
};
