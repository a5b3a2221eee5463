import type { RuleSet } from './types.ts';

/**
 * TensorFlow Serving (`--monitoring_config_file`, path `/monitoring/prometheus/metrics`).
 * Names start with ':' (valid in Prometheus). `request_latency` is a **µs** histogram;
 * `request_count` carries the gRPC status (`OK` or an error code).
 * @see https://github.com/tensorflow/serving/blob/master/tensorflow_serving/model_servers/server_core.cc
 */
export const TF_SERVING_RULES: RuleSet = {
  family: 'tf-serving',
  rules: [
    {
      match: { metric: ':tensorflow:serving:request_count' },
      kpi: 'requests_total',
      shape: 'counter',
      labels: { model: 'model_name' },
    },
    {
      match: {
        metric: ':tensorflow:serving:request_count',
        where: [{ label: 'status', notIn: ['OK', ''] }],
      },
      kpi: 'errors_total',
      shape: 'counter',
      labels: { model: 'model_name', reason: 'status' },
    },
    {
      match: { metric: ':tensorflow:serving:request_latency' },
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      convert: 'microseconds',
      labels: { model: 'model_name' },
    },
  ],
};
