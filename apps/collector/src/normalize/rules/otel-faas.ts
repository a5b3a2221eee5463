import type { RuleSet } from './types.ts';

/**
 * OTel FaaS metrics (semconv, status Development), as the opentelemetry-lambda telemetryapi
 * receiver builds them: cumulative, seconds and bytes.
 *
 * `faas.invocations` counts successful invocations only, while requests_total counts all of
 * them: errors and timeouts also feed requests_total. The telemetryapi receiver writes each
 * of the three only when it changes, at its own time, so the sum is taken over each part's
 * newest value (`counterPart`), not per timestamp.
 * @see https://github.com/open-telemetry/semantic-conventions/blob/main/docs/faas/faas-metrics.md
 */
export const OTEL_FAAS_RULES: RuleSet = {
  family: 'otel-faas',
  rules: [
    {
      match: { metric: 'faas.invoke_duration' },
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      labels: { trigger: 'faas.trigger' },
    },
    {
      match: { metric: 'faas.init_duration' },
      kpi: 'startup_seconds',
      shape: 'histogram',
      constLabels: { cold: 'true' },
    },
    { match: { metric: 'faas.coldstarts' }, kpi: 'cold_starts_total', shape: 'counter' },
    {
      match: { metric: 'faas.invocations' },
      kpi: 'requests_total',
      shape: 'counter',
      labels: { trigger: 'faas.trigger' },
      counterPart: true,
    },
    {
      match: { metric: 'faas.errors' },
      kpi: 'requests_total',
      shape: 'counter',
      labels: { trigger: 'faas.trigger' },
      counterPart: true,
    },
    {
      match: { metric: 'faas.timeouts' },
      kpi: 'requests_total',
      shape: 'counter',
      labels: { trigger: 'faas.trigger' },
      counterPart: true,
    },
    {
      match: { metric: 'faas.errors' },
      kpi: 'errors_total',
      shape: 'counter',
      constLabels: { reason: 'error' },
    },
    {
      match: { metric: 'faas.timeouts' },
      kpi: 'errors_total',
      shape: 'counter',
      constLabels: { reason: 'timeout' },
    },
    // Max memory per invocation: the gauge is the mean of those maxima over the point.
    { match: { metric: 'faas.mem_usage' }, kpi: 'memory_bytes', shape: 'histogram', read: 'mean' },
    // CPU seconds per invocation: the histogram sum is the CPU time consumed so far.
    {
      match: { metric: 'faas.cpu_usage' },
      kpi: 'cpu_seconds_total',
      shape: 'histogram',
      read: 'sum',
    },
  ],
};
