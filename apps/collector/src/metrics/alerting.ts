import type { Registry } from 'prom-client';

import { createAlertEvaluationDuration, createAlertEvaluations } from './alert-evaluations.ts';
import { createAlertNotifications } from './alert-notifications.ts';
import { createAlertsGauge } from './alerts.ts';
import type { AlertSeries } from './alerts.ts';

/** The alerting metrics on the collector's registry. */
export const createAlertMetrics = (registry: Registry) => {
  let snapshot: readonly AlertSeries[] = [];
  createAlertsGauge(registry, () => snapshot);

  return {
    setActiveAlerts: (alerts: readonly AlertSeries[]): void => {
      snapshot = alerts;
    },
    evaluations: createAlertEvaluations(registry),
    evaluationDuration: createAlertEvaluationDuration(registry),
    notifications: createAlertNotifications(registry),
  };
};

export type AlertMetrics = ReturnType<typeof createAlertMetrics>;
