import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import type { ServerlessService } from '../../fleet/inventory/serverless.ts';
import { rateAt } from '../../fleet/load.ts';
import { instancesAt, latencyHistogram } from '../../fleet/invocation-model.ts';
import { writeHistogram } from './families.ts';
import { formatGo } from './format.ts';
import type { Labels } from './text.ts';
import { createTextWriter } from './text.ts';

/** Knative's defaultLatencyDistribution, in milliseconds. */
export const MS_BOUNDS = [
  5, 10, 20, 40, 60, 80, 100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000,
  2000, 5000, 10000, 20000, 50000, 100000,
];
const SECONDS_BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

export const revisionOf = (service: ServerlessService) => `${service.id}-00001`;
const podOf = (service: ServerlessService, suffix: string) =>
  `${revisionOf(service)}-deployment-${suffix}`;

export const openCensusLabels = (
  service: ServerlessService,
  container: string,
  pod: string,
): Labels => [
  ['configuration_name', service.id],
  ['container_name', container],
  ['namespace_name', service.namespace],
  ['pod_name', pod],
];

export const withCode = (labels: Labels, service: ServerlessService, code: string): Labels => [
  ...labels,
  ['response_code', code],
  ['response_code_class', `${code[0] ?? '2'}xx`],
  ['revision_name', revisionOf(service)],
  ['service_name', service.id],
];

/** Queue-proxy of a ≤1.18 revision (OpenCensus names, latencies in ms); empty at zero pods. */
export const renderQueueProxy118 = (ctx: FleetContext, service: ServerlessService, t: number) => {
  const w = createTextWriter({ format: formatGo });
  const isUp = instancesAt(ctx, service, t) > 0;
  const base = openCensusLabels(service, 'queue-proxy', podOf(service, '7d9f8c6b5-x2k4m'));
  const requests = Math.floor(totalAt(ctx, service, 'requests', t));
  const errors = Math.floor(totalAt(ctx, service, 'errors', t));
  const ok = latencyHistogram(ctx, service, 'requests', t, MS_BOUNDS, { unit: 1000 });
  for (const prefix of ['revision', 'revision_app']) {
    w.family(
      `${prefix}_request_count`,
      'counter',
      'The number of requests that are routed to queue-proxy',
    );
    if (isUp) {
      w.sample(`${prefix}_request_count`, withCode(base, service, '200'), requests - errors);
      w.sample(`${prefix}_request_count`, withCode(base, service, '503'), errors);
    }
    w.family(`${prefix}_request_latencies`, 'histogram', 'The response time in millisecond');
    if (isUp)
      writeHistogram(
        w,
        `${prefix}_request_latencies`,
        withCode(base, service, '200'),
        ok,
        formatGo,
      );
  }
  w.family(
    'revision_queue_depth',
    'gauge',
    'The current number of items in the serving and waiting queue, or not reported if unlimited concurrency.',
  );
  if (isUp)
    w.sample(
      'revision_queue_depth',
      withCode(base, service, '200').slice(0, 4),
      Math.round(rateAt(ctx, service, t) * service.latency.median * 2),
    );

  return w.text();
};

/** Queue-proxy of a ≥1.19 revision: OTel instruments through the Prometheus exporter. */
export const renderQueueProxy119 = (ctx: FleetContext, service: ServerlessService, t: number) => {
  const w = createTextWriter({ format: formatGo });
  const isUp = instancesAt(ctx, service, t) > 0;
  const base: Labels = [
    ['container_name', 'queue-proxy'],
    ['k8s_namespace_name', service.namespace],
    ['k8s_pod_name', podOf(service, '5b7c9d8f6-m3n7p')],
    ['kn_configuration_name', service.id],
    ['kn_revision_name', revisionOf(service)],
    ['kn_service_name', service.id],
    ['otel_scope_name', 'knative.dev/serving/pkg/queue'],
    ['otel_scope_version', ''],
  ];
  const status = (code: string): Labels => [
    ['http_request_method', 'GET'],
    ['http_response_status_code', code],
    ...base,
  ];
  w.family('kn_serving_invocation_duration_seconds', 'histogram', 'The duration of task execution');
  if (isUp) {
    writeHistogram(
      w,
      'kn_serving_invocation_duration_seconds',
      status('200'),
      latencyHistogram(ctx, service, 'requests', t, SECONDS_BOUNDS),
      formatGo,
    );
    writeHistogram(
      w,
      'kn_serving_invocation_duration_seconds',
      status('503'),
      latencyHistogram(ctx, service, 'errors', t, SECONDS_BOUNDS, { scale: 0.3 }),
      formatGo,
    );
  }
  w.family('kn_serving_queue_depth', 'gauge', 'Number of current items in the queue proxy queue');
  if (isUp)
    w.sample(
      'kn_serving_queue_depth',
      base,
      Math.round(rateAt(ctx, service, t) * service.latency.median * 2),
    );
  w.family('target_info', 'gauge', 'Target metadata');
  w.sample(
    'target_info',
    [
      ['service_name', 'queue-proxy'],
      ['service_version', '1.19.2'],
      ['telemetry_sdk_language', 'go'],
      ['telemetry_sdk_name', 'opentelemetry'],
    ],
    1,
  );

  return w.text();
};
