import type { RuleSet } from './types.ts';

/**
 * KServe Python model server. Only the predict step is mapped: pre/post-processing and
 * explain are parts of the same request. Serverless KServe also emits Knative queue-proxy
 * metrics, read by the Knative rules (a platform hint of `kserve` puts both under KServe).
 * @see https://github.com/kserve/kserve/blob/master/python/kserve/kserve/metrics.py
 */
export const KSERVE_RULES: RuleSet = {
  family: 'kserve',
  rules: [
    {
      match: { metric: 'request_predict_seconds' },
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      labels: { model: 'model_name' },
    },
    {
      match: { metric: 'request_predict_seconds' },
      kpi: 'requests_total',
      shape: 'histogram',
      read: 'count',
      labels: { model: 'model_name' },
    },
  ],
};
