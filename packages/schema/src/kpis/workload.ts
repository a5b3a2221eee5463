import type { Kpi } from '../kpi.ts';

/** Every long-running workload has these; quantum jobs do not, so they are left out. */
const RUNNING = ['wasm', 'edge', 'serverless', 'ai_ml', 'blockchain', 'iot', 'container'] as const;

/** KPIs shared by all paradigms that run workloads: lifecycle, resources, traffic. */
export const WORKLOAD_KPIS: readonly Kpi[] = [
  {
    name: 'startup_seconds',
    unit: 'seconds',
    kind: 'histogram',
    description:
      'Time from a start request to ready: Wasm instantiation, Lambda init, Knative ' +
      'scale-from-zero, model load, pod start. The cold flag separates cold from warm starts.',
    dimensions: ['cold'],
    dimensionValues: { cold: ['true', 'false'] },
    paradigms: [...RUNNING],
  },
  {
    name: 'cold_starts_total',
    unit: 'count',
    kind: 'counter',
    description: 'Number of cold starts (first invocation on a new instance)',
    dimensions: [],
    paradigms: ['wasm', 'edge', 'serverless', 'ai_ml', 'iot', 'container'],
  },
  {
    name: 'memory_bytes',
    unit: 'bytes',
    kind: 'gauge',
    description: 'Memory in use: working set, resident set or max used per invocation',
    dimensions: [],
    paradigms: [...RUNNING],
  },
  {
    name: 'cpu_seconds_total',
    unit: 'seconds',
    kind: 'counter',
    description: 'CPU time consumed, summed over cores',
    dimensions: [],
    paradigms: [...RUNNING],
  },
  {
    name: 'requests_total',
    unit: 'count',
    kind: 'counter',
    description: 'Requests, invocations or proposals handled, successful or not',
    dimensions: ['model', 'trigger'],
    paradigms: ['wasm', 'edge', 'serverless', 'ai_ml', 'blockchain', 'iot'],
  },
  {
    name: 'errors_total',
    unit: 'count',
    kind: 'counter',
    description: 'Failed requests, invocations, probes, transactions or jobs',
    dimensions: ['model', 'reason'],
    paradigms: ['wasm', 'edge', 'serverless', 'ai_ml', 'blockchain', 'iot', 'quantum', 'container'],
  },
  {
    name: 'request_duration_seconds',
    unit: 'seconds',
    kind: 'histogram',
    description: 'End-to-end time to serve one request or invocation',
    dimensions: ['model', 'trigger'],
    paradigms: ['wasm', 'edge', 'serverless', 'ai_ml', 'blockchain', 'iot'],
  },
  {
    name: 'queue_wait_seconds',
    unit: 'seconds',
    kind: 'histogram',
    description: 'Time a request waited in a queue before being served',
    dimensions: ['model'],
    paradigms: ['serverless', 'ai_ml'],
  },
  {
    name: 'queue_depth',
    unit: 'count',
    kind: 'gauge',
    description: 'Requests or transactions waiting: queue-proxy depth, pending inference, txpool',
    dimensions: ['model'],
    paradigms: ['serverless', 'ai_ml', 'blockchain'],
  },
  {
    name: 'instances',
    unit: 'count',
    kind: 'gauge',
    description: 'Running instances: pods, function instances, Wasm component replicas',
    dimensions: [],
    paradigms: [...RUNNING],
  },
  {
    name: 'up',
    unit: 'ratio',
    kind: 'gauge',
    description: '1 when the last scrape or report succeeded, else 0; averaged, it is availability',
    dimensions: [],
    paradigms: ['wasm', 'edge', 'serverless', 'ai_ml', 'blockchain', 'iot', 'quantum', 'container'],
  },
];
