'use client';

import Link from 'next/link';
import { formatAgo } from '@/client/format.ts';
import { useT } from '@/client/preferences.tsx';
import { useHrefWithRange } from '@/components/nav-link.tsx';
import type { WorkloadRow } from '@/server/routers/paradigm-inventory.ts';

import { drillHref } from './drill.ts';

export const WorkloadsTable = ({
  paradigm,
  rows,
  nowMs,
}: {
  paradigm: string;
  rows: readonly WorkloadRow[];
  nowMs: number;
}) => {
  const t = useT();
  const withRange = useHrefWithRange();

  return (
    <table>
      <thead>
        <tr>
          <th>{t('paradigmView.workload')}</th>
          <th>{t('paradigmView.platform')}</th>
          <th className="num">{t('paradigmView.instances')}</th>
          <th className="num">{t('paradigmView.up')}</th>
          <th className="num">{t('paradigmView.down')}</th>
          <th className="num">{t('paradigmView.lastSeen')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const workload = row.workload ?? '';
          const href = drillHref(paradigm, { platform: row.platform, workload });
          return (
            <tr key={`${row.platform}/${workload}`} data-testid="workload-row">
              <td>
                <Link href={withRange(href)} className={row.workload === null ? 'muted' : 'mono'}>
                  {row.workload ?? t('paradigmView.noWorkload')}
                </Link>
              </td>
              <td>
                <Link href={withRange(drillHref(paradigm, { platform: row.platform }))}>
                  {row.platform}
                </Link>
              </td>
              <td className="num">{row.instances}</td>
              <td className="num ok">{row.up}</td>
              <td className={row.down > 0 ? 'num bad' : 'num muted'}>{row.down}</td>
              <td className="num muted">{formatAgo(row.lastSeenMs, nowMs)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
