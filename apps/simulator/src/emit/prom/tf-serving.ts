import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import { histogramOf, latencySegments, shareOf } from '../../fleet/gpu-model.ts';
import { logNormalOf } from '../../fleet/histogram.ts';
import type { ModelServer } from '../../fleet/inventory/ai-ml.ts';
import { writeHistogram } from './families.ts';
import { formatGo } from './format.ts';
import { createTextWriter } from './text.ts';

/** TF Serving's µs buckets: 10 µs growing by 1.8×. */
const LATENCY_US_BOUNDS = Array.from(
  { length: 24 },
  (_, i) => Math.round(10 * 1.8 ** i * 100) / 100,
);
const LOAD_SECONDS = 38;

/**
 * TensorFlow Serving `/monitoring/prometheus/metrics`: names start with ':', no HELP lines,
 * `{}` on series without labels, a family declared with no samples, latencies in µs.
 */
export const renderTfServing = (ctx: FleetContext, server: ModelServer, t: number): string => {
  const w = createTextWriter({ format: formatGo, omitHelp: true, emptyBraces: true });
  const requests = totalAt(ctx, server, 'requests', t);
  const errors = totalAt(ctx, server, 'errors', t);
  const segments = latencySegments(ctx, server, 'requests', t);
  const microseconds = (model: ModelServer['models'][number]) =>
    logNormalOf({ median: model.latency.median * 1e6, sigma: model.latency.sigma });

  w.family(':tensorflow:api:op:using_fake_quantization', 'gauge');
  w.family(':tensorflow:cc:saved_model:load_attempt_count', 'counter');
  for (const model of server.models) {
    w.sample(
      ':tensorflow:cc:saved_model:load_attempt_count',
      [
        ['model_path', `/models/${model.name}/${model.version}`],
        ['status', 'success'],
      ],
      1,
    );
  }
  w.family(':tensorflow:cc:saved_model:load_latency', 'counter');
  for (const model of server.models) {
    w.sample(
      ':tensorflow:cc:saved_model:load_latency',
      [['model_path', `/models/${model.name}/${model.version}`]],
      Math.round(LOAD_SECONDS * (1 + model.name.length / 20) * 1e6),
    );
  }
  w.family(':tensorflow:core:graph_runs', 'counter');
  w.sample(':tensorflow:core:graph_runs', [], Math.floor(requests));
  w.family(':tensorflow:serving:request_count', 'counter');
  for (const model of server.models) {
    const failed = Math.floor(errors * model.share);
    w.sample(
      ':tensorflow:serving:request_count',
      [
        ['model_name', model.name],
        ['status', 'OK'],
      ],
      Math.floor(requests * model.share) - failed,
    );
    w.sample(
      ':tensorflow:serving:request_count',
      [
        ['model_name', model.name],
        ['status', 'INVALID_ARGUMENT'],
      ],
      Math.floor(failed * 0.7),
    );
    w.sample(
      ':tensorflow:serving:request_count',
      [
        ['model_name', model.name],
        ['status', 'DEADLINE_EXCEEDED'],
      ],
      failed - Math.floor(failed * 0.7),
    );
  }
  w.family(':tensorflow:serving:request_latency', 'histogram');
  for (const model of server.models) {
    const labels = [
      ['API', 'predict'],
      ['entrypoint', 'GRPC'],
      ['model_name', model.name],
    ] as const;
    writeHistogram(
      w,
      ':tensorflow:serving:request_latency',
      labels,
      histogramOf(shareOf(segments, model.share), microseconds(model), LATENCY_US_BOUNDS),
      formatGo,
    );
  }
  w.family(':tensorflow:serving:runtime_latency', 'histogram');
  for (const model of server.models) {
    const labels = [
      ['API', 'Predict'],
      ['model_name', model.name],
      ['runtime', 'TF1'],
    ] as const;
    const runtime = logNormalOf({
      median: model.latency.median * 0.7e6,
      sigma: model.latency.sigma,
    });
    writeHistogram(
      w,
      ':tensorflow:serving:runtime_latency',
      labels,
      histogramOf(shareOf(segments, model.share), runtime, LATENCY_US_BOUNDS),
      formatGo,
    );
  }

  return w.text();
};
