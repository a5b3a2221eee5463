'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { formatTime } from '@/client/format.ts';
import { usePreferences } from '@/client/preferences.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import type { Alert } from '@/server/routers/alerts.ts';

import { Evidence } from './evidence.tsx';

const STATE_CLASS: Record<string, string> = { firing: 'bad', pending: 'warn', resolved: 'ok' };

export const AlertTable = ({
  alerts,
  resolved,
}: {
  alerts: readonly Alert[];
  resolved?: boolean;
}) => {
  const { t, locale } = usePreferences();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const silence = useMutation(
    trpc.alerts.silence.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alerts.list.queryKey() }),
    }),
  );

  return (
    <table data-testid={resolved === true ? 'alerts-resolved' : 'alerts-active'}>
      <thead>
        <tr>
          <th>{t('alerts.state')}</th>
          <th>{t('alerts.rule')}</th>
          <th>{t('alerts.labels')}</th>
          <th className="num">{t('alerts.value')}</th>
          <th>{resolved === true ? t('alerts.resolvedAt') : t('alerts.since')}</th>
          <th>{t('alerts.evidence')}</th>
          <th>{t('alerts.notifications')}</th>
          {resolved !== true && <th />}
        </tr>
      </thead>
      <tbody>
        {alerts.map((alert) => (
          <tr key={alert.id} data-testid="alert-row">
            <td>
              <span className={`badge ${STATE_CLASS[alert.state] ?? ''}`}>
                {t(`alerts.state.${alert.state}`)}
              </span>
              {alert.silenced && <span className="muted"> {t('alerts.silenced')}</span>}
            </td>
            <td>{alert.ruleName}</td>
            <td className="mono">
              {Object.entries(alert.labels)
                .map(([name, value]) => `${name}=${value}`)
                .join(', ')}
            </td>
            <td className="num">{alert.value === null ? '–' : alert.value.toPrecision(4)}</td>
            <td>
              {formatTime(resolved === true ? alert.resolvedAtMs : alert.activeSinceMs, locale)}
            </td>
            <td>
              <Evidence evidence={alert.evidence} />
            </td>
            <td className="mono">
              {alert.notifications
                .map((n) => `${n.receiver}: ${n.status} (${n.attempts})`)
                .join('; ')}
            </td>
            {resolved !== true && (
              <td>
                <button
                  type="button"
                  disabled={alert.silenced || silence.isPending}
                  onClick={() => silence.mutate({ labels: alert.labels, hours: 4 })}
                >
                  {t('alerts.silence')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
