/** One alert as both receivers carry it (Alertmanager's PostableAlert fields). */
export type OutgoingAlert = {
  status: 'firing' | 'resolved';
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
  fingerprint: string;
  evidence: unknown;
};

/**
 * Alertmanager API v2 `POST /api/v2/alerts` body: an array of postable alerts, annotations
 * strings only. A firing alert's endsAt lies a few resend intervals ahead, as Prometheus sets
 * it, so Alertmanager resolves it by itself if the collector goes away.
 * @see https://github.com/prometheus/alertmanager/blob/main/api/v2/openapi.yaml
 */
export const toAlertmanagerBody = (alerts: readonly OutgoingAlert[]) =>
  alerts.map((alert) => ({
    labels: alert.labels,
    annotations: alert.annotations,
    startsAt: alert.startsAt,
    endsAt: alert.endsAt,
    generatorURL: alert.generatorURL,
  }));

/**
 * Webhook body in the shape of Alertmanager's webhook_config payload (version 4), so existing
 * webhook consumers read it, with each alert's evidence as JSON beside its annotations.
 * @see https://prometheus.io/docs/alerting/latest/configuration/#webhook_config
 */
export const toWebhookBody = (
  receiver: string,
  externalUrl: string,
  alerts: readonly OutgoingAlert[],
) => {
  const first = alerts[0];
  const commonLabels = Object.fromEntries(
    Object.entries(first?.labels ?? {}).filter(([name, value]) =>
      alerts.every((alert) => alert.labels[name] === value),
    ),
  );

  return {
    version: '4',
    groupKey: JSON.stringify(commonLabels),
    truncatedAlerts: 0,
    status: alerts.some((alert) => alert.status === 'firing') ? 'firing' : 'resolved',
    receiver,
    groupLabels: {},
    commonLabels,
    commonAnnotations: {},
    externalURL: externalUrl,
    alerts,
  };
};
