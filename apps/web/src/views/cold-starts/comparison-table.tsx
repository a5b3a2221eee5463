'use client';

import { formatNumber, formatSeconds } from '@/client/format.ts';
import { useT } from '@/client/preferences.tsx';
import type { ColdStartComparison } from '@/server/routers/cold-start-compare.ts';
import { WORSE_P95_CHANGE_PCT } from '@/server/routers/cold-start-thresholds.ts';

import styles from './cold-starts.module.css';
import { formatChange } from './format-change.ts';

const PERCENTILES = ['p50', 'p95', 'p99'] as const;

const seconds = (value: number | null): string => (value === null ? '–' : formatSeconds(value));

const Status = ({ row }: { row: ColdStartComparison }) => {
  const t = useT();
  if (row.worse) return <span className="badge bad">{t('coldStarts.worse')}</span>;
  if (!row.enoughSamples) return <span className="muted">{t('coldStarts.fewSamples')}</span>;
  if (row.change.p95 !== null && row.change.p95 < -WORSE_P95_CHANGE_PCT) {
    return <span className="ok">{t('coldStarts.better')}</span>;
  }
  return <span className="muted">{t('coldStarts.steady')}</span>;
};

/** Per platform: count and percentiles now and in the previous window, regressions first. */
export const ComparisonTable = ({ rows }: { rows: readonly ColdStartComparison[] }) => {
  const t = useT();

  return (
    <div className={styles.tableScroll}>
      <table>
        <thead>
          <tr>
            <th rowSpan={2} scope="col">
              {t('coldStarts.platform')}
            </th>
            <th rowSpan={2} scope="col">
              {t('coldStarts.paradigm')}
            </th>
            <th rowSpan={2} scope="col">
              {t('coldStarts.source')}
            </th>
            <th colSpan={2} scope="colgroup" className={styles.group}>
              {t('coldStarts.count')}
            </th>
            {PERCENTILES.map((p) => (
              <th key={p} colSpan={3} scope="colgroup" className={styles.group}>
                {p}
              </th>
            ))}
            <th rowSpan={2} scope="col">
              {t('coldStarts.status')}
            </th>
          </tr>
          <tr>
            <th scope="col" className={`num ${styles.groupStart}`}>
              {t('coldStarts.now')}
            </th>
            <th scope="col" className="num">
              {t('coldStarts.before')}
            </th>
            {PERCENTILES.map((p) => [
              <th key={`${p}-now`} scope="col" className={`num ${styles.groupStart}`}>
                {t('coldStarts.now')}
              </th>,
              <th key={`${p}-before`} scope="col" className="num">
                {t('coldStarts.before')}
              </th>,
              <th key={`${p}-change`} scope="col" className="num">
                {t('coldStarts.change', { percentile: p })}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.platform}
              data-testid="cold-start-comparison-row"
              data-worse={row.worse ? 'true' : 'false'}
            >
              <th scope="row">{row.platform}</th>
              <td>{t(`paradigm.${row.paradigm}`)}</td>
              <td className="muted">{t(`coldStarts.source.${row.source}`)}</td>
              <td className={`num ${styles.groupStart}`}>{formatNumber(row.current.count)}</td>
              <td className="num muted">{formatNumber(row.previous.count)}</td>
              {PERCENTILES.map((p) => {
                const change = row.change[p];
                const rose = change !== null && change > WORSE_P95_CHANGE_PCT;
                return [
                  <td key={`${p}-now`} className={`num ${styles.groupStart}`}>
                    {seconds(row.current[p])}
                  </td>,
                  <td key={`${p}-before`} className="num muted">
                    {seconds(row.previous[p])}
                  </td>,
                  <td key={`${p}-change`} className={rose ? 'num warn' : 'num'}>
                    {formatChange(change)}
                  </td>,
                ];
              })}
              <td>
                <Status row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
