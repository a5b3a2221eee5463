'use client';

import { formatAgo } from '@/client/format.ts';
import { useT } from '@/client/preferences.tsx';
import { useHrefWithRange } from '@/components/nav-link.tsx';
import type { PlatformHealth } from '@/server/routers/fleet.ts';

export const PlatformHealthTable = ({
  platforms,
  nowMs,
}: {
  platforms: readonly PlatformHealth[];
  nowMs: number;
}) => {
  const t = useT();
  const withRange = useHrefWithRange();

  return (
    <table>
      <thead>
        <tr>
          <th>{t('overview.paradigm')}</th>
          <th>{t('overview.platform')}</th>
          <th className="num">{t('overview.resources')}</th>
          <th className="num">{t('overview.up')}</th>
          <th className="num">{t('overview.down')}</th>
          <th className="num">{t('overview.lastSeen')}</th>
        </tr>
      </thead>
      <tbody>
        {platforms.map((row) => (
          <tr key={`${row.paradigm}/${row.platform}`} data-testid="platform-row">
            <td>{t(`paradigm.${row.paradigm}`)}</td>
            <td>
              <a
                href={withRange(
                  `/paradigms/${row.paradigm}?platform=${encodeURIComponent(row.platform)}`,
                )}
              >
                {row.platform}
              </a>
            </td>
            <td className="num">{row.resources}</td>
            <td className="num ok">{row.up}</td>
            <td className={row.down > 0 ? 'num bad' : 'num muted'}>{row.down}</td>
            <td className="num muted">{formatAgo(row.lastSeenMs, nowMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
