'use client';

import { formatNumber, formatSeconds } from '@/client/format.ts';
import { useT } from '@/client/preferences.tsx';
import type { ColdWarmRow } from '@/server/routers/cold-start-compare.ts';

import styles from './cold-starts.module.css';

const seconds = (value: number | null): string => (value === null ? '–' : formatSeconds(value));

/** Cold against warm per platform: counts, p50 and p95 of each, and how much slower cold is. */
export const ColdWarmTable = ({ rows }: { rows: readonly ColdWarmRow[] }) => {
  const t = useT();
  const sides = [
    { key: 'cold', label: t('coldStarts.cold') },
    { key: 'warm', label: t('coldStarts.warm') },
  ] as const;

  return (
    <div className={styles.tableScroll}>
      <table>
        <thead>
          <tr>
            <th rowSpan={2} scope="col">
              {t('coldStarts.platform')}
            </th>
            <th rowSpan={2} scope="col">
              {t('coldStarts.source')}
            </th>
            {sides.map((side) => (
              <th key={side.key} colSpan={3} scope="colgroup" className={styles.group}>
                {side.label}
              </th>
            ))}
            <th rowSpan={2} scope="col" className="num">
              {t('coldStarts.slowdown')}
            </th>
          </tr>
          <tr>
            {sides.map((side) => [
              <th key={`${side.key}-n`} scope="col" className={`num ${styles.groupStart}`}>
                {t('coldStarts.n')}
              </th>,
              <th key={`${side.key}-p50`} scope="col" className="num">
                p50
              </th>,
              <th key={`${side.key}-p95`} scope="col" className="num">
                p95
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.platform}/${row.source}`} data-testid="cold-warm-row">
              <th scope="row">{row.platform}</th>
              <td className="muted">{t(`coldStarts.source.${row.source}`)}</td>
              {sides.map((side) => {
                const stats = row[side.key];
                return [
                  <td key={`${side.key}-n`} className={`num ${styles.groupStart}`}>
                    {formatNumber(stats.count)}
                  </td>,
                  <td key={`${side.key}-p50`} className="num">
                    {seconds(stats.p50)}
                  </td>,
                  <td key={`${side.key}-p95`} className="num">
                    {seconds(stats.p95)}
                  </td>,
                ];
              })}
              <td className="num">
                {row.slowdownP50 === null ? '–' : `${row.slowdownP50.toFixed(1)}×`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
