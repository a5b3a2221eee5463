import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import type { Segment } from '../../fleet/histogram.ts';
import { logNormalOf, toCumulativeHistogram } from '../../fleet/histogram.ts';
import type { InferenceService } from '../../fleet/inventory/ai-ml.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import { writeGoFamilies, writeHistogram, writeProcessFamilies } from './families.ts';
import { formatGo, formatPython } from './format.ts';
import { processStatsOf } from './process-stats.ts';
import type { Labels } from './text.ts';
import { createTextWriter } from './text.ts';

/** client_golang's and prometheus_client's default buckets. */
const DEFAULT_BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
const GO_BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const countsOf = (ctx: FleetContext, service: InferenceService, t: number) => {
  const requests = totalAt(ctx, service, 'requests', t);
  const errors = totalAt(ctx, service, 'errors', t);

  return { ok: Math.max(0, requests - errors), errors };
};

const histogram = (count: number, median: number, sigma: number, bounds: readonly number[]) =>
  toCumulativeHistogram(
    [{ count, factor: 1 } satisfies Segment],
    logNormalOf({ median, sigma }),
    bounds,
  );

const stats = (ctx: FleetContext, service: InferenceService, t: number, residentBytes: number) =>
  processStatsOf(ctx, service, t, { cpuPerRequest: 0.004, residentBytes });

/** KServe's Python model server: pre-process, predict and post-process histograms per model. */
export const renderKserve = (ctx: FleetContext, service: InferenceService, t: number): string => {
  const w = createTextWriter({ format: formatPython });
  const { ok, errors } = countsOf(ctx, service, t);
  const steps = [
    ['request_preprocess_seconds', 'pre-process request latency', 0.06],
    ['request_predict_seconds', 'predict request latency', 1],
    ['request_postprocess_seconds', 'post-process request latency', 0.04],
  ] as const;
  for (const [name, help, part] of steps) {
    w.family(name, 'histogram', help);
    for (const model of service.models) {
      const count = (ok + errors) * model.share;
      writeHistogram(
        w,
        name,
        [['model_name', model.name]],
        histogram(count, model.latency.median * part, model.latency.sigma, DEFAULT_BOUNDS),
        formatPython,
        { countFirst: true },
      );
    }
  }
  writeProcessFamilies(w, stats(ctx, service, t, 310 * 1024 * 1024));
  w.family('python_info', 'gauge', 'Python platform information');
  w.sample(
    'python_info',
    [
      ['implementation', 'CPython'],
      ['major', '3'],
      ['minor', '11'],
      ['patchlevel', '11'],
      ['version', '3.11.11'],
    ],
    1,
  );

  return w.text();
};

/** Seldon Core v1 executor (Go): server and client request histograms with status codes. */
export const renderSeldon = (ctx: FleetContext, service: InferenceService, t: number): string => {
  const w = createTextWriter({ format: formatGo });
  const { ok, errors } = countsOf(ctx, service, t);
  const model = service.models[0];
  const median = model?.latency.median ?? 0.01;
  const base: Labels = [
    ['deployment_name', service.id],
    ['method', 'post'],
    ['predictor_name', 'default'],
    ['predictor_version', ''],
    ['service', 'predictions'],
  ];
  const name = 'seldon_api_executor_server_requests_seconds';
  w.family(name, 'histogram', 'A histogram of latencies for executor server');
  writeHistogram(
    w,
    name,
    [['code', '200'], ...base],
    histogram(ok, median * 1.15, 0.5, GO_BOUNDS),
    formatGo,
  );
  writeHistogram(
    w,
    name,
    [['code', '500'], ...base],
    histogram(errors, median * 3, 0.8, GO_BOUNDS),
    formatGo,
  );
  const client = 'seldon_api_executor_client_requests_seconds';
  w.family(client, 'histogram', 'A histogram of latencies for client calls from executor');
  const clientLabels: Labels = [
    ['code', 'OK'],
    ['deployment_name', service.id],
    ['method', 'unary'],
    ['model_image', `seldonio/${model?.name ?? 'model'}`],
    ['model_name', 'classifier'],
    ['model_version', model?.version ?? 'v1'],
    ['predictor_name', 'default'],
    ['predictor_version', ''],
    ['service', '/seldon.protos.Model/Predict'],
  ];
  writeHistogram(w, client, clientLabels, histogram(ok + errors, median, 0.5, GO_BOUNDS), formatGo);
  writeGoFamilies(w, 38, Math.floor((t - lastStartAt(ctx, service, t)) / 90_000));
  writeProcessFamilies(w, stats(ctx, service, t, 58 * 1024 * 1024));

  return w.text();
};

/** MLflow tracking server with --expose-prometheus (prometheus_flask_exporter, prefix mlflow). */
export const renderMlflow = (ctx: FleetContext, service: InferenceService, t: number): string => {
  const w = createTextWriter({ format: formatPython });
  const { ok, errors } = countsOf(ctx, service, t);
  const median = service.models[0]?.latency.median ?? 0.02;
  const rows = [
    ['GET', '200', ok * 0.81, median],
    ['POST', '200', ok * 0.17, median * 2.2],
    ['GET', '404', ok * 0.02, median * 0.5],
    ['POST', '500', errors, median * 4],
  ] as const;
  const labelsOf = (method: string, status: string): Labels => [
    ['method', method],
    ['mlflow_version', service.version],
    ['status', status],
  ];
  const name = 'mlflow_http_request_duration_seconds';
  w.family(name, 'histogram', 'Flask HTTP request duration in seconds');
  for (const [method, status, count, m] of rows) {
    writeHistogram(
      w,
      name,
      labelsOf(method, status),
      histogram(count, m, 0.7, DEFAULT_BOUNDS),
      formatPython,
      { countFirst: true },
    );
  }
  w.family('mlflow_http_request_total', 'counter', 'Total number of HTTP requests');
  for (const [method, status, count] of rows) {
    w.sample('mlflow_http_request_total', labelsOf(method, status), Math.floor(count));
  }
  w.family('mlflow_exporter_info', 'gauge', 'Information about the Prometheus Flask exporter');
  w.sample('mlflow_exporter_info', [['version', '0.23.1']], 1);
  writeProcessFamilies(w, stats(ctx, service, t, 420 * 1024 * 1024));

  return w.text();
};
