import { Gauge } from 'prom-client';
import type { Registry } from 'prom-client';

const ALERTS = 'fleetlens_alerts';

/** Alert labels exported beside alertname and alertstate; others stay in the read API. */
export const ALERT_LABEL_NAMES = [
  'alertname',
  'alertstate',
  'severity',
  'kpi',
  'tenant',
  'paradigm',
  'platform',
  'cluster',
  'node',
  'namespace',
  'workload',
  'instance',
] as const;

export type AlertSeries = { labels: Record<string, string>; state: 'pending' | 'firing' };

/**
 * Prometheus's ALERTS series, prefixed like every collector metric: 1 per pending or firing
 * alert, labelled alertname, alertstate and the alert's labels. Read from the evaluator's
 * last result, so a scrape never touches the store.
 */
export const createAlertsGauge = (registry: Registry, read: () => readonly AlertSeries[]) =>
  new Gauge({
    name: ALERTS,
    help: 'Pending and firing alerts (Prometheus ALERTS style).',
    labelNames: ALERT_LABEL_NAMES,
    registers: [registry],
    collect() {
      this.reset();
      for (const alert of read()) {
        const labels: Record<string, string> = {};
        for (const name of ALERT_LABEL_NAMES) {
          const value = name === 'alertstate' ? alert.state : alert.labels[name];
          if (value !== undefined) labels[name] = value;
        }
        this.set(labels, 1);
      }
    },
  });

export const metricNames = [ALERTS];
