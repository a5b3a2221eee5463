import type { RuleSet } from './types.ts';

/**
 * OTel k8s/container/process metrics (kubeletstats and hostmetrics receivers). CPU time
 * carries `cpu.mode`, which is not a KPI dimension: the modes are summed. UpDownCounters
 * (memory usage) arrive as non-monotonic sums and read as gauges.
 * @see https://opentelemetry.io/docs/specs/semconv/system/k8s-metrics/
 * @see https://opentelemetry.io/docs/specs/semconv/system/process-metrics/
 */
export const OTEL_K8S_CONTAINER_PROCESS_RULES: RuleSet = {
  family: 'otel-k8s-container-process',
  rules: [
    { match: { metric: 'k8s.pod.cpu.time' }, kpi: 'cpu_seconds_total', shape: 'counter' },
    { match: { metric: 'k8s.pod.memory.working_set' }, kpi: 'memory_bytes', shape: 'gauge' },
    { match: { metric: 'container.cpu.time' }, kpi: 'cpu_seconds_total', shape: 'counter' },
    { match: { metric: 'container.memory.usage' }, kpi: 'memory_bytes', shape: 'gauge' },
    { match: { metric: 'process.cpu.time' }, kpi: 'cpu_seconds_total', shape: 'counter' },
    { match: { metric: 'process.memory.usage' }, kpi: 'memory_bytes', shape: 'gauge' },
  ],
};
