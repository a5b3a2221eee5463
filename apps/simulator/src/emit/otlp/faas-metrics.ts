import type { MetricData } from '@opentelemetry/sdk-metrics';

import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import type { Invocable } from '../../fleet/invocation-model.ts';
import { latencyHistogram, startupHistogram } from '../../fleet/invocation-model.ts';
import { toCumulativeHistogram, logNormalOf } from '../../fleet/histogram.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import { histogramOf, pointOf, sumOf, toHistogramValue } from './metric-data.ts';

/** The semantic conventions' recommended duration buckets, in seconds. */
export const FAAS_DURATION_BOUNDS = [
  0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
];
/** Wasm embedders advise finer init buckets: instantiation takes milliseconds. */
export const WASM_INIT_BOUNDS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
];
const MEMORY_BOUNDS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096].map(
  (mib) => mib * 1_048_576,
);

export type FaasFunction = Invocable & {
  readonly trigger: string;
  readonly memoryBytes: number;
};

/**
 * The seven FaaS metrics of the semantic conventions, cumulative since the instance's SDK
 * started: duration and init histograms in seconds, counters of cold starts, successful
 * invocations, errors and timeouts, and max memory per invocation in bytes.
 * @see https://opentelemetry.io/docs/specs/semconv/faas/faas-metrics/
 */
export const createFaasMetrics = (
  ctx: FleetContext,
  fn: FaasFunction,
  instants: readonly number[],
  initBounds: readonly number[] = FAAS_DURATION_BOUNDS,
): MetricData[] => {
  const attributes = { 'faas.trigger': fn.trigger };
  const start = (t: number) => lastStartAt(ctx, fn, t);
  const counter = (name: string, unit: string, description: string, value: (t: number) => number) =>
    sumOf(
      name,
      unit,
      description,
      instants.map((t) => pointOf(start(t), t, attributes, Math.floor(value(t)))),
      { isInt: true },
    );
  const timeouts = (t: number) => totalAt(ctx, fn, 'errors', t) * 0.1;
  const memory = logNormalOf({ median: fn.memoryBytes, sigma: 0.15 });

  return [
    histogramOf(
      'faas.invoke_duration',
      's',
      "Measures the duration of the function's logic execution",
      instants.map((t) =>
        pointOf(
          start(t),
          t,
          attributes,
          toHistogramValue(latencyHistogram(ctx, fn, 'requests', t, FAAS_DURATION_BOUNDS)),
        ),
      ),
    ),
    histogramOf(
      'faas.init_duration',
      's',
      "Measures the duration of the function's initialization, such as a cold start",
      instants.map((t) =>
        pointOf(
          start(t),
          t,
          attributes,
          toHistogramValue(startupHistogram(ctx, fn, t, initBounds)),
        ),
      ),
    ),
    counter('faas.coldstarts', '{coldstart}', 'Number of invocation cold starts', (t) =>
      totalAt(ctx, fn, 'cold', t),
    ),
    counter(
      'faas.invocations',
      '{invocation}',
      'Number of successful invocations',
      (t) => totalAt(ctx, fn, 'requests', t) - totalAt(ctx, fn, 'errors', t),
    ),
    counter(
      'faas.errors',
      '{error}',
      'Number of invocation errors',
      (t) => totalAt(ctx, fn, 'errors', t) - timeouts(t),
    ),
    counter('faas.timeouts', '{timeout}', 'Number of invocation timeouts', timeouts),
    histogramOf(
      'faas.mem_usage',
      'By',
      'Distribution of max memory usage per invocation',
      instants.map((t) =>
        pointOf(
          start(t),
          t,
          attributes,
          toHistogramValue(
            toCumulativeHistogram(
              [{ count: totalAt(ctx, fn, 'requests', t), factor: 1 }],
              memory,
              MEMORY_BOUNDS,
            ),
          ),
        ),
      ),
    ),
  ];
};
