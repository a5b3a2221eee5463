'use client';

import Link from 'next/link';
import { formatAgo, formatTime } from '@/client/format.ts';
import { usePreferences } from '@/client/preferences.tsx';
import { useHrefWithRange } from '@/components/nav-link.tsx';
import type { InstanceRow } from '@/server/routers/paradigm-inventory.ts';

import { drillHref } from './drill.ts';
import type { Drill } from './drill.ts';

export const InstancesTable = ({
  paradigm,
  drill,
  rows,
  nowMs,
}: {
  paradigm: string;
  drill: Drill;
  rows: readonly InstanceRow[];
  nowMs: number;
}) => {
  const { t, locale } = usePreferences();
  const withRange = useHrefWithRange();

  return (
    <table>
      <thead>
        <tr>
          <th>{t('paradigmView.instance')}</th>
          <th>{t('paradigmView.node')}</th>
          <th>{t('paradigmView.namespace')}</th>
          <th>{t('paradigmView.status')}</th>
          <th className="num">{t('paradigmView.firstSeen')}</th>
          <th className="num">{t('paradigmView.lastSeen')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const instance = row.instance ?? '';
          const current = drill.instance === instance;
          const href = drillHref(paradigm, { ...drill, instance });
          return (
            <tr key={row.id} data-testid="instance-row">
              <td>
                <Link
                  href={withRange(href)}
                  aria-current={current ? 'page' : undefined}
                  className={row.instance === null ? 'muted' : 'mono'}
                >
                  {row.instance ?? t('paradigmView.noInstance')}
                </Link>
              </td>
              <td className="mono">{row.node ?? '–'}</td>
              <td className="mono">{row.namespace ?? '–'}</td>
              <td className={row.up ? 'ok' : 'bad'}>
                {row.up ? t('paradigmView.up') : t('paradigmView.down')}
              </td>
              <td className="num muted">{formatTime(row.firstSeenMs, locale)}</td>
              <td className="num muted">{formatAgo(row.lastSeenMs, nowMs)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
