import type { RuleSet } from './types.ts';

/**
 * Seldon Core v1 executor: `seldon_api_executor_server_requests_seconds` is the request as the
 * caller sees it (`_client_` would count the same request again per graph node). Labels
 * `deployment_name`, `predictor_name`, `model_name`, `code` (HTTP or gRPC status).
 * @see https://docs.seldon.io/projects/seldon-core/en/latest/analytics/analytics.html
 */
const SERVER_REQUESTS = 'seldon_api_executor_server_requests_seconds';

export const SELDON_RULES: RuleSet = {
  family: 'seldon',
  resource: { workload: ['deployment_name', 'seldon_deployment_id'] },
  rules: [
    {
      match: { metric: SERVER_REQUESTS },
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      labels: { model: ['model_name', 'predictor_name'] },
    },
    {
      match: { metric: SERVER_REQUESTS },
      kpi: 'requests_total',
      shape: 'histogram',
      read: 'count',
      labels: { model: ['model_name', 'predictor_name'] },
    },
    {
      match: { metric: SERVER_REQUESTS, where: [{ label: 'code', prefix: '5' }] },
      kpi: 'errors_total',
      shape: 'histogram',
      read: 'count',
      labels: { model: ['model_name', 'predictor_name'], reason: 'code' },
    },
  ],
};
