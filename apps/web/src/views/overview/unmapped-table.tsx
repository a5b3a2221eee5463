'use client';

import { formatNumber } from '@/client/format.ts';
import { useT } from '@/client/preferences.tsx';
import type { UnmappedFamily } from '@/server/routers/fleet.ts';

export const UnmappedTable = ({ families }: { families: readonly UnmappedFamily[] }) => {
  const t = useT();

  return (
    <table>
      <thead>
        <tr>
          <th>{t('overview.source')}</th>
          <th>{t('overview.family')}</th>
          <th className="num">{t('overview.count')}</th>
        </tr>
      </thead>
      <tbody>
        {families.map((row) => (
          <tr key={`${row.source}/${row.family}`}>
            <td>{row.source}</td>
            <td className="mono">{row.family}</td>
            <td className="num">{formatNumber(row.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
