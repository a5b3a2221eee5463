import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';

const ALERT_NOTIFICATIONS = 'fleetlens_alert_notifications_total';

/** Notification attempts by receiver kind and outcome (delivered, retry, failed). */
export const createAlertNotifications = (registry: Registry) =>
  new Counter({
    name: ALERT_NOTIFICATIONS,
    help: 'Alert notification attempts by receiver kind and outcome.',
    labelNames: ['receiver', 'outcome'] as const,
    registers: [registry],
  });

export const metricNames = [ALERT_NOTIFICATIONS];
