import type { MetricData } from '@opentelemetry/sdk-metrics';

import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import { instancesAt, latencyHistogram, startupHistogram } from '../../fleet/invocation-model.ts';
import type { ServerlessService } from '../../fleet/inventory/serverless.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import { jitterAt, rateAt } from '../../fleet/load.ts';
import { hexFrom } from '../../fleet/inventory/common.ts';
import { createRng, keyOf } from '../../fleet/prng.ts';
import { gaugeOf, histogramOf, pointOf, sumOf, toHistogramValue } from './metric-data.ts';

/** Cloud Monitoring's exponential latency buckets, in ms. */
const RUN_MS_BOUNDS = [
  1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2000, 4000, 8000, 16000, 32000, 64000,
];

/**
 * Cloud Run through Cloud Monitoring (googlecloudmonitoring receiver): the metric type is the
 * name, latencies are ms distributions, labels of the monitored resource ride on each point.
 * @see https://cloud.google.com/monitoring/api/metrics_gcp_p_z#gcp-run
 */
export const createCloudRunMetrics = (
  ctx: FleetContext,
  service: ServerlessService,
  instants: readonly number[],
): MetricData[] => {
  const labels = {
    service_name: service.id,
    revision_name: `${service.id}-00042-xuv`,
    configuration_name: service.id,
    location: service.region,
    project_id: 'acme-prod',
  };
  const start = (t: number) => lastStartAt(ctx, service, t);
  const hist = (name: string, value: (t: number) => ReturnType<typeof toHistogramValue>) =>
    histogramOf(
      name,
      'ms',
      '',
      instants.map((t) => pointOf(start(t), t, labels, value(t))),
    );

  return [
    hist('run.googleapis.com/container/startup_latencies', (t) =>
      toHistogramValue(startupHistogram(ctx, service, t, RUN_MS_BOUNDS, 1000)),
    ),
    hist('run.googleapis.com/request_latencies', (t) =>
      toHistogramValue(
        latencyHistogram(ctx, service, 'requests', t, RUN_MS_BOUNDS, { unit: 1000 }),
      ),
    ),
    sumOf(
      'run.googleapis.com/request_count',
      '1',
      '',
      instants.flatMap((t) => {
        const errors = Math.floor(totalAt(ctx, service, 'errors', t));
        const all = Math.floor(totalAt(ctx, service, 'requests', t));

        return [
          pointOf(
            start(t),
            t,
            { ...labels, response_code: '200', response_code_class: '2xx' },
            all - errors,
          ),
          pointOf(
            start(t),
            t,
            { ...labels, response_code: '503', response_code_class: '5xx' },
            errors,
          ),
        ];
      }),
      { isInt: true },
    ),
    gaugeOf(
      'run.googleapis.com/container/instance_count',
      '1',
      '',
      instants.flatMap((t) => [
        pointOf(start(t), t, { ...labels, state: 'active' }, instancesAt(ctx, service, t)),
        pointOf(
          start(t),
          t,
          { ...labels, state: 'idle' },
          instancesAt(ctx, service, t) > 0 ? 1 : 0,
        ),
      ]),
    ),
  ];
};

/** Stable task ids: the same slot keeps its id between restarts of the service. */
const taskIdOf = (ctx: FleetContext, service: ServerlessService, slot: number): string =>
  hexFrom(createRng(keyOf(ctx.seed, service.id, 'task', slot)), 32);

/** ECS on Fargate through the awsecscontainermetrics receiver: task memory in "Megabytes". */
export const createFargateMetrics = (
  ctx: FleetContext,
  service: ServerlessService,
  instants: readonly number[],
): MetricData[] => {
  const tasks = (t: number) =>
    Array.from({ length: instancesAt(ctx, service, t) }, (_, slot) => slot);
  const rows = instants.flatMap((t) =>
    tasks(t).map((slot) => ({
      t,
      attributes: { TaskId: taskIdOf(ctx, service, slot), ServiceName: service.id },
    })),
  );
  const used = (t: number, slot: string) =>
    Math.round(service.memoryMb * 0.55 * jitterAt(ctx, `${service.id}/${slot}`, 'memory', t, 0.1));

  return [
    gaugeOf(
      'ecs.task.memory.utilized',
      'Megabytes',
      '',
      rows.map((r) => pointOf(r.t, r.t, r.attributes, used(r.t, r.attributes.TaskId))),
    ),
    gaugeOf(
      'ecs.task.memory.reserved',
      'Megabytes',
      '',
      rows.map((r) => pointOf(r.t, r.t, r.attributes, service.memoryMb)),
    ),
    gaugeOf(
      'ecs.task.cpu.utilized',
      'None',
      '',
      rows.map((r) => pointOf(r.t, r.t, r.attributes, Math.round(rateAt(ctx, service, r.t) * 60))),
    ),
  ];
};

/** Azure Container Instances through Azure Monitor: memory in bytes, CPU in millicores. */
export const createAciMetrics = (
  ctx: FleetContext,
  service: ServerlessService,
  instants: readonly number[],
): MetricData[] => {
  const attributes = { containerGroup: service.id, containerName: `${service.id}-main` };
  const running = instants.filter((t) => instancesAt(ctx, service, t) > 0);
  const bytes = (t: number) =>
    Math.round(service.memoryMb * 1_048_576 * 0.42 * jitterAt(ctx, service.id, 'memory', t, 0.08));

  return [
    gaugeOf(
      'MemoryUsage',
      'By',
      '',
      running.map((t) => pointOf(t, t, attributes, bytes(t))),
    ),
    gaugeOf(
      'CpuUsage',
      'millicores',
      '',
      running.map((t) =>
        pointOf(t, t, attributes, Math.round(240 * jitterAt(ctx, service.id, 'cpu', t, 0.3))),
      ),
    ),
  ];
};
