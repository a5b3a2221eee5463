/** Where notifications go: JSON webhooks and Alertmanager's API v2. */
export type Receiver = {
  /** Stored in notification.receiver: the kind and the URL without credentials. */
  name: string;
  kind: 'webhook' | 'alertmanager';
  url: string;
};

const withoutCredentials = (url: URL): string => {
  const shown = new URL(url);
  shown.username = '';
  shown.password = '';

  return shown.toString();
};

const parseUrl = (text: string, variable: string): URL => {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`${variable}: "${text}" is not an http(s) URL`);
  }

  return url;
};

const split = (list: string | undefined): string[] =>
  (list ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * Receivers from the configuration. An Alertmanager URL is its base (`http://am:9093`); alerts
 * are posted to `<base>/api/v2/alerts`.
 */
export const createReceivers = ({
  webhookUrls,
  alertmanagerUrls,
}: {
  webhookUrls?: string;
  alertmanagerUrls?: string;
}): Receiver[] => [
  ...split(webhookUrls).map((text): Receiver => {
    const url = parseUrl(text, 'FLEETLENS_ALERT_WEBHOOK_URLS');

    return { name: `webhook:${withoutCredentials(url)}`, kind: 'webhook', url: url.toString() };
  }),
  ...split(alertmanagerUrls).map((text): Receiver => {
    const base = parseUrl(text, 'FLEETLENS_ALERTMANAGER_URL');
    const url = new URL(`${base.pathname.replace(/\/$/, '')}/api/v2/alerts`, base);

    return {
      name: `alertmanager:${withoutCredentials(base)}`,
      kind: 'alertmanager',
      url: url.toString(),
    };
  }),
];
