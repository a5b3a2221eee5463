import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import {
  addHistograms,
  instancesAt,
  latencyHistogram,
  startupHistogram,
} from '../../fleet/invocation-model.ts';
import type { ServerlessService } from '../../fleet/inventory/serverless.ts';
import { rateAt } from '../../fleet/load.ts';
import { writeHistogram } from './families.ts';
import { formatGo } from './format.ts';
import { MS_BOUNDS, openCensusLabels, revisionOf, withCode } from './knative.ts';
import type { Labels } from './text.ts';
import { createTextWriter } from './text.ts';

/**
 * The activator buffers requests while a revision has no ready pod: its latencies include the
 * scale-from-zero wait, the closest ≤1.18 comes to a cold-start metric.
 */
export const renderActivator = (
  ctx: FleetContext,
  services: readonly ServerlessService[],
  t: number,
) => {
  const w = createTextWriter({ format: formatGo });
  const pod = 'activator-6c8f7d9b4d-q2w8e';
  w.family(
    'activator_request_concurrency',
    'gauge',
    'Concurrent requests that are routed to Activator',
  );
  for (const service of services) {
    w.sample(
      'activator_request_concurrency',
      [
        ...openCensusLabels(service, 'activator', pod),
        ['revision_name', revisionOf(service)],
        ['service_name', service.id],
      ],
      instancesAt(ctx, service, t) === 0 ? 0 : 1,
    );
  }
  w.family(
    'activator_request_count',
    'counter',
    'The number of requests that are routed to Activator',
  );
  for (const service of services) {
    const cold = Math.floor(totalAt(ctx, service, 'cold', t));
    const base = openCensusLabels(service, 'activator', pod);
    w.sample(
      'activator_request_count',
      withCode(base, service, '200'),
      cold + Math.floor(totalAt(ctx, service, 'requests', t) * 0.02),
    );
    w.sample('activator_request_count', withCode(base, service, '503'), Math.floor(cold * 0.004));
  }
  w.family('activator_request_latencies', 'histogram', 'The response time in millisecond');
  for (const service of services) {
    const waits = startupHistogram(ctx, service, t, MS_BOUNDS, 1000);
    const buffered = latencyHistogram(ctx, service, 'requests', t, MS_BOUNDS, { unit: 1000 });
    const mix = addHistograms(waits, {
      ...buffered,
      cumulative: buffered.cumulative.map((v) => Math.floor(v * 0.02)),
      count: Math.floor(buffered.count * 0.02),
      sum: buffered.sum * 0.02,
    });
    writeHistogram(
      w,
      'activator_request_latencies',
      withCode(openCensusLabels(service, 'activator', pod), service, '200'),
      mix,
      formatGo,
    );
  }

  return w.text();
};

/** The autoscaler's view of each revision: pods wanted and running, observed concurrency. */
export const renderAutoscaler = (
  ctx: FleetContext,
  services: readonly ServerlessService[],
  t: number,
) => {
  const w = createTextWriter({ format: formatGo });
  const labels = (service: ServerlessService): Labels => [
    ['configuration_name', service.id],
    ['namespace_name', service.namespace],
    ['revision_name', revisionOf(service)],
    ['service_name', service.id],
  ];
  const each = (name: string, help: string, value: (service: ServerlessService) => number) => {
    w.family(name, 'gauge', help);
    for (const service of services) w.sample(name, labels(service), value(service));
  };
  const concurrency = (s: ServerlessService) =>
    Math.round(rateAt(ctx, s, t) * s.latency.median * 1000) / 1000;
  each('autoscaler_actual_pods', 'Number of pods that are allocated currently', (s) =>
    instancesAt(ctx, s, t),
  );
  each('autoscaler_desired_pods', 'Number of pods autoscaler wants to allocate', (s) =>
    instancesAt(ctx, s, t),
  );
  each('autoscaler_requested_pods', 'Number of pods autoscaler requested from Kubernetes', (s) =>
    instancesAt(ctx, s, t),
  );
  each('autoscaler_not_ready_pods', 'Number of pods that are not ready currently', () => 0);
  each('autoscaler_panic_mode', '1 if autoscaler is in panic mode, 0 otherwise', (s) =>
    rateAt(ctx, s, t) > s.perInstanceRps * 4 ? 1 : 0,
  );
  each(
    'autoscaler_stable_request_concurrency',
    'Average of requests count per observed pod over the stable window',
    concurrency,
  );
  each(
    'autoscaler_target_concurrency_per_pod',
    'The desired number of concurrent requests for each pod',
    () => 100,
  );
  each(
    'autoscaler_excess_burst_capacity',
    'Excess burst capacity overserved over the stable window',
    (s) => 200 * instancesAt(ctx, s, t) - 200,
  );

  return w.text();
};
