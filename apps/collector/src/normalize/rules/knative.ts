import type { RuleSet } from './types.ts';

/**
 * Knative Serving, both metric generations.
 *
 * ≤1.18 (OpenCensus → Prometheus): queue-proxy `revision_*`, activator `activator_*`,
 * autoscaler `autoscaler_*`; latencies in **ms**; labels `namespace_name`, `service_name`,
 * `configuration_name`, `revision_name`, `pod_name`, `response_code_class`.
 * ≥1.19 (OTel): `kn.serving.invocation.duration` in **s** (Prometheus
 * `kn_serving_invocation_duration_seconds`) and `kn.serving.queue.depth`; 1.19 and 1.20 wrote
 * them as `kn.queueproxy.app.duration` and `kn.queueproxy.depth` (renamed in 1.21,
 * knative/serving#16290); attributes `k8s.namespace.name`, `k8s.pod.name`, `kn.service.name`,
 * `kn.revision.name`.
 *
 * `revision_app_request_*` (the user container behind queue-proxy) would count each request
 * twice and is left unmapped. Activator series get their own resource (attribute
 * `knative.component=activator`) so they are never added to the queue-proxy counts.
 * @see https://knative.dev/v1.18-docs/serving/observability/metrics/serving-metrics/
 * @see https://knative.dev/docs/serving/observability/metrics/serving-metrics/
 */
const OPENCENSUS_RESOURCE = {
  namespace: ['namespace_name'],
  workload: ['service_name', 'configuration_name'],
  instance: ['pod_name'],
  attributes: { revision_name: 'knative.revision' },
} as const;

const OTEL_RESOURCE = {
  namespace: ['k8s_namespace_name', 'k8s.namespace.name'],
  workload: ['kn_service_name', 'kn.service.name', 'kn_configuration_name'],
  instance: ['k8s_pod_name', 'k8s.pod.name'],
  attributes: { kn_revision_name: 'knative.revision', 'kn.revision.name': 'knative.revision' },
} as const;

/** Other spellings of `kn.serving.invocation.duration`: Prometheus, and the 1.19/1.20 name. */
const INVOCATION_DURATION_ALIASES = [
  'kn_serving_invocation_duration_seconds',
  'kn.queueproxy.app.duration',
  'kn_queueproxy_app_duration_seconds',
];

const SERVER_ERRORS = [{ label: 'response_code_class', in: ['5xx'] }] as const;

export const KNATIVE_QUEUE_PROXY_RULES: RuleSet = {
  family: 'knative-queue-proxy',
  resource: OPENCENSUS_RESOURCE,
  resourceAttributes: { 'knative.component': 'queue-proxy' },
  rules: [
    { match: { metric: 'revision_request_count' }, kpi: 'requests_total', shape: 'counter' },
    {
      match: { metric: 'revision_request_count', where: SERVER_ERRORS },
      kpi: 'errors_total',
      shape: 'counter',
      constLabels: { reason: '5xx' },
    },
    {
      match: { metric: 'revision_request_latencies' },
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      convert: 'milliseconds',
      until: '1.18',
    },
    { match: { metric: 'revision_queue_depth' }, kpi: 'queue_depth', shape: 'gauge' },
  ],
};

export const KNATIVE_ACTIVATOR_RULES: RuleSet = {
  family: 'knative-activator',
  resource: OPENCENSUS_RESOURCE,
  resourceAttributes: { 'knative.component': 'activator' },
  rules: [
    { match: { metric: 'activator_request_count' }, kpi: 'requests_total', shape: 'counter' },
    {
      match: { metric: 'activator_request_count', where: SERVER_ERRORS },
      kpi: 'errors_total',
      shape: 'counter',
      constLabels: { reason: '5xx' },
    },
    // Includes the wait for a scale-from-zero: the closest ≤1.18 gets to a cold start.
    {
      match: { metric: 'activator_request_latencies' },
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      convert: 'milliseconds',
      until: '1.18',
    },
  ],
};

export const KNATIVE_AUTOSCALER_RULES: RuleSet = {
  family: 'knative-autoscaler',
  resource: OPENCENSUS_RESOURCE,
  resourceAttributes: { 'knative.component': 'autoscaler' },
  rules: [{ match: { metric: 'autoscaler_actual_pods' }, kpi: 'instances', shape: 'gauge' }],
};

export const KNATIVE_OTEL_RULES: RuleSet = {
  family: 'knative-otel',
  resource: OTEL_RESOURCE,
  resourceAttributes: { 'knative.component': 'queue-proxy' },
  rules: [
    {
      match: { metric: 'kn.serving.invocation.duration' },
      aliases: INVOCATION_DURATION_ALIASES,
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      since: '1.19',
    },
    {
      match: { metric: 'kn.serving.invocation.duration' },
      aliases: INVOCATION_DURATION_ALIASES,
      kpi: 'requests_total',
      shape: 'histogram',
      read: 'count',
      since: '1.19',
    },
    {
      match: { metric: 'kn.serving.queue.depth' },
      aliases: ['kn_serving_queue_depth', 'kn.queueproxy.depth', 'kn_queueproxy_depth'],
      kpi: 'queue_depth',
      shape: 'gauge',
      since: '1.19',
    },
  ],
};
