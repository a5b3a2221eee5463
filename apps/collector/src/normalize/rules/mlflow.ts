import type { RuleSet } from './types.ts';

/**
 * MLflow server with `--expose-prometheus`: prometheus_flask_exporter with
 * `defaults_prefix="mlflow"` and the MLflow version as group-by label. There is no
 * per-model serving metric beyond these HTTP ones.
 * @see https://github.com/mlflow/mlflow/blob/master/mlflow/server/prometheus_exporter.py
 */
export const MLFLOW_RULES: RuleSet = {
  family: 'mlflow',
  resource: { attributes: { mlflow_version: 'mlflow.version' } },
  rules: [
    {
      match: { metric: 'mlflow_http_request_duration_seconds' },
      kpi: 'request_duration_seconds',
      shape: 'histogram',
    },
    { match: { metric: 'mlflow_http_request_total' }, kpi: 'requests_total', shape: 'counter' },
    {
      match: {
        metric: 'mlflow_http_request_total',
        where: [{ label: 'status', prefix: '5' }],
      },
      kpi: 'errors_total',
      shape: 'counter',
      labels: { reason: 'status' },
    },
  ],
};
