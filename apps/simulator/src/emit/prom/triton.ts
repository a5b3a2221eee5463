import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import {
  energyJoules,
  framebufferUsedMiB,
  latencySegments,
  powerWatts,
  queueDepthAt,
  shareOf,
  sumOf,
  utilizationAt,
} from '../../fleet/gpu-model.ts';
import { logNormalOf, quantileOf } from '../../fleet/histogram.ts';
import type { ModelServer } from '../../fleet/inventory/ai-ml.ts';
import { latencyFactorAt } from '../../scenarios/effects.ts';
import { writeSummary } from './families.ts';
import { formatGo } from './format.ts';
import type { Labels } from './text.ts';
import { createTextWriter } from './text.ts';

const MIB = 1024 * 1024;
const QUANTILES = ['0.5', '0.9', '0.99'] as const;

/**
 * Triton Inference Server `:8002/metrics`: cumulative µs duration counters per model and
 * version, `nv_gpu_utilization` as a 0–1 ratio, energy in J, summaries written `_count` first.
 * An idle model keeps stale quantile values while its `_count` is 0.
 */
export const renderTriton = (ctx: FleetContext, server: ModelServer, t: number): string => {
  const w = createTextWriter({ format: formatGo });
  const segments = latencySegments(ctx, server, 'requests', t);
  const requests = totalAt(ctx, server, 'requests', t);
  const errors = totalAt(ctx, server, 'errors', t);
  const factor = latencyFactorAt(ctx, server.id, t);
  const models = server.models.map((model) => {
    const own = shareOf(segments, model.share);
    const failure = Math.floor(errors * model.share);
    const success = Math.max(0, Math.floor(requests * model.share) - failure);
    const latency = logNormalOf(model.latency);
    const queue = logNormalOf(model.queue);

    return {
      model,
      labels: [
        ['model', model.name],
        ['version', model.version],
      ] as Labels,
      success,
      failure,
      requestUs: Math.floor(sumOf(own, latency.mean) * 1e6),
      queueUs: Math.floor(sumOf(own, queue.mean) * 1e6),
      queue,
    };
  });
  const perModel = (
    name: string,
    type: 'counter' | 'gauge',
    help: string,
    value: (m: (typeof models)[number]) => number,
  ) => {
    w.family(name, type, help);
    for (const m of models) w.sample(name, m.labels, value(m));
  };

  perModel(
    'nv_inference_request_success',
    'counter',
    'Number of successful inference requests, all batch sizes',
    (m) => m.success,
  );
  w.family(
    'nv_inference_request_failure',
    'counter',
    'Number of failed inference requests, all batch sizes',
  );
  for (const m of models) {
    w.sample(
      'nv_inference_request_failure',
      [
        ['model', m.model.name],
        ['reason', 'BACKEND'],
        ['version', m.model.version],
      ],
      m.failure,
    );
  }
  perModel(
    'nv_inference_count',
    'counter',
    'Number of inferences performed (does not include cached requests)',
    (m) => m.success * m.model.batch,
  );
  perModel(
    'nv_inference_exec_count',
    'counter',
    'Number of model executions performed (does not include cached requests)',
    (m) => Math.ceil(m.success * (m.model.batch > 1 ? 0.55 : 1)),
  );
  perModel(
    'nv_inference_request_duration_us',
    'counter',
    'Cumulative inference request duration in microseconds (includes cached requests)',
    (m) => m.requestUs,
  );
  perModel(
    'nv_inference_queue_duration_us',
    'counter',
    'Cumulative inference queuing duration in microseconds (includes cached requests)',
    (m) => m.queueUs,
  );
  perModel(
    'nv_inference_compute_input_duration_us',
    'counter',
    'Cumulative compute input duration in microseconds (does not include cached requests)',
    (m) => Math.floor(m.requestUs * 0.04),
  );
  perModel(
    'nv_inference_compute_infer_duration_us',
    'counter',
    'Cumulative compute inference duration in microseconds (does not include cached requests)',
    (m) => Math.floor(m.requestUs * 0.81),
  );
  perModel(
    'nv_inference_compute_output_duration_us',
    'counter',
    'Cumulative inference compute output duration in microseconds (does not include cached requests)',
    (m) => Math.floor(m.requestUs * 0.03),
  );
  perModel(
    'nv_inference_pending_request_count',
    'gauge',
    'Instantaneous number of pending requests awaiting execution per-model.',
    (m) =>
      m.model.share === 0
        ? 0
        : Math.round(queueDepthAt(ctx, server, m.model.queue.median * 4, t) * m.model.share),
  );
  w.family(
    'nv_inference_queue_summary_us',
    'summary',
    'Summary of inference queuing duration in microseconds (includes cached requests)',
  );
  for (const m of models) {
    const scale = m.model.share === 0 ? 1 : factor;
    writeSummary(
      w,
      'nv_inference_queue_summary_us',
      m.labels,
      {
        quantiles: QUANTILES.map((q) => [
          q,
          Math.round(quantileOf(m.queue, Number(q), scale) * 1e6),
        ]),
        count: m.success,
        sum: m.queueUs,
      },
      'count-first',
    );
  }
  const gpuRows = server.gpus.map((gpu) => ({ gpu, labels: [['gpu_uuid', gpu.uuid]] as Labels }));
  w.family('nv_gpu_utilization', 'gauge', 'GPU utilization rate [0.0 - 1.0)');
  for (const { gpu, labels } of gpuRows)
    w.sample(
      'nv_gpu_utilization',
      labels,
      Math.round(utilizationAt(ctx, server, gpu, t) * 100) / 100,
    );
  w.family('nv_gpu_memory_total_bytes', 'gauge', 'GPU total memory, in bytes');
  for (const { gpu, labels } of gpuRows)
    w.sample('nv_gpu_memory_total_bytes', labels, gpu.memoryMiB * MIB);
  w.family('nv_gpu_memory_used_bytes', 'gauge', 'GPU used memory, in bytes');
  for (const { gpu, labels } of gpuRows)
    w.sample('nv_gpu_memory_used_bytes', labels, framebufferUsedMiB(ctx, server, gpu, t) * MIB);
  w.family('nv_gpu_power_usage', 'gauge', 'GPU power usage in watts');
  for (const { gpu, labels } of gpuRows)
    w.sample(
      'nv_gpu_power_usage',
      labels,
      Math.round(powerWatts(ctx, server, gpu, t) * 1000) / 1000,
    );
  w.family('nv_gpu_power_limit', 'gauge', 'GPU power management limit in watts');
  for (const { gpu, labels } of gpuRows) w.sample('nv_gpu_power_limit', labels, gpu.powerLimitW);
  w.family(
    'nv_energy_consumption',
    'counter',
    'GPU energy consumption in joules since the Triton Server started',
  );
  for (const { gpu, labels } of gpuRows)
    w.sample(
      'nv_energy_consumption',
      labels,
      Math.round(energyJoules(ctx, server, gpu, t) * 1000) / 1000,
    );
  w.family('nv_cpu_utilization', 'gauge', 'CPU utilization rate [0.0 - 1.0]');
  w.sample('nv_cpu_utilization', [], 0.12);
  w.family('nv_cpu_memory_used_bytes', 'gauge', 'CPU used memory (RAM), in bytes');
  w.sample('nv_cpu_memory_used_bytes', [], 9_836_142_592);

  return w.text();
};
