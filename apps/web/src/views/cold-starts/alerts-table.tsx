'use client';

import { formatTime } from '@/client/format.ts';
import { usePreferences } from '@/client/preferences.tsx';
import type { ColdStartAlert } from '@/server/routers/cold-start-alerts.ts';

/** The alerts the chart marks, as text: when, where, and whether they are still firing. */
export const AlertsTable = ({ alerts }: { alerts: readonly ColdStartAlert[] }) => {
  const { t, locale } = usePreferences();

  return (
    <table>
      <thead>
        <tr>
          <th>{t('coldStarts.firedAt')}</th>
          <th>{t('coldStarts.platform')}</th>
          <th>{t('paradigmView.workload')}</th>
          <th>{t('coldStarts.state')}</th>
          <th>{t('coldStarts.resolvedAt')}</th>
          <th>{t('coldStarts.rule')}</th>
        </tr>
      </thead>
      <tbody>
        {alerts.map((alert) => (
          <tr key={alert.id} data-testid="cold-start-alert-row">
            <td>{formatTime(alert.firedAtMs, locale)}</td>
            <td>{alert.platform ?? '–'}</td>
            <td className="mono">{alert.workload ?? '–'}</td>
            <td className={alert.state === 'firing' ? 'bad' : 'muted'}>{alert.state}</td>
            <td className="muted">{formatTime(alert.resolvedAtMs, locale)}</td>
            <td className="muted">{alert.rule}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
