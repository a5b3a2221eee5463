import { Counter, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';

const ALERT_EVALUATIONS = 'fleetlens_alert_evaluations_total';
const ALERT_EVALUATION_DURATION = 'fleetlens_alert_evaluation_duration_seconds';

/** Rule evaluations by outcome (ok, error): a failing rule shows here and in the log. */
export const createAlertEvaluations = (registry: Registry) =>
  new Counter({
    name: ALERT_EVALUATIONS,
    help: 'Alert rule evaluations by outcome.',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });

/** Time of one evaluation of every rule: it runs on the collector beside ingest. */
export const createAlertEvaluationDuration = (registry: Registry) =>
  new Histogram({
    name: ALERT_EVALUATION_DURATION,
    help: 'Duration of one evaluation of all alert rules.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

export const metricNames = [ALERT_EVALUATIONS, ALERT_EVALUATION_DURATION];
