import type { MetricData } from '@opentelemetry/sdk-metrics';

import type { FleetContext } from '../../fleet/context.ts';
import { derivedTotal } from '../../fleet/derived.ts';
import type { PodWorkload } from '../../fleet/inventory/containers.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import { jitterAt } from '../../fleet/load.ts';
import { gaugeOf, pointOf, sumOf } from './metric-data.ts';

/** A pod as the kubeletstats receiver reports it: CPU time and working set. */
export const createPodMetrics = (
  ctx: FleetContext,
  pod: PodWorkload,
  instants: readonly number[],
): MetricData[] => {
  const start = (t: number) => lastStartAt(ctx, pod, t);

  return [
    sumOf(
      'k8s.pod.cpu.time',
      's',
      'Total CPU time (sum of all cores) spent by the pod',
      instants.map((t) =>
        pointOf(start(t), t, {}, derivedTotal(ctx, pod, 'cpu', pod.cpuCores * 0.5, t)),
      ),
    ),
    gaugeOf(
      'k8s.pod.memory.working_set',
      'By',
      'Pod memory working set',
      instants.map((t) =>
        pointOf(
          start(t),
          t,
          {},
          Math.round(pod.memoryBytes * (0.7 + 0.3 * jitterAt(ctx, pod.id, 'memory', t, 0.1))),
        ),
      ),
    ),
  ];
};
