'use client';

import { useT } from '@/client/preferences.tsx';
import type { ComparisonRow } from '@/server/routers/comparison.ts';
import { MEASURE_IDS } from '@/server/routers/comparison-measures.ts';
import type { GroupBy, MeasureId } from '@/server/routers/comparison-measures.ts';

import styles from './comparison.module.css';
import { groupLabel } from './group-label.ts';
import { formatBasis, formatMeasure } from './measure-format.ts';

/** Groups as rows, measures as columns; each value with the sample it rests on. */
export const ComparisonTable = ({
  by,
  rows,
  selected,
}: {
  by: GroupBy;
  rows: readonly ComparisonRow[];
  selected: MeasureId;
}) => {
  const t = useT();

  return (
    <div className={styles.scroll}>
      <table data-testid="comparison-table">
        <thead>
          <tr>
            <th scope="col">{t(`comparison.by.${by}`)}</th>
            <th scope="col" className="num">
              {t('comparison.resources')}
            </th>
            {MEASURE_IDS.map((id) => (
              <th
                scope="col"
                key={id}
                className={id === selected ? `num ${styles.selected}` : 'num'}
                title={t(`comparison.help.${id}`)}
              >
                {t(`comparison.measure.${id}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.group} data-testid="comparison-row" data-group={row.group}>
              <th scope="row">
                {groupLabel(by, row.group, t)}
                {by === 'platform' && row.paradigms.length > 0 ? (
                  <div className="muted">
                    {row.paradigms.map((paradigm) => t(`paradigm.${paradigm}`)).join(' · ')}
                  </div>
                ) : null}
              </th>
              <td className="num">{row.resources}</td>
              {MEASURE_IDS.map((id) => {
                const cell = row.measures[id];
                return (
                  <td
                    key={id}
                    className={id === selected ? `num ${styles.selected}` : 'num'}
                    data-measure={id}
                  >
                    {cell.value === null ? (
                      <span className="muted">–</span>
                    ) : (
                      <>
                        {formatMeasure(id, cell.value)}
                        <div className={styles.basis}>{formatBasis(id, cell, t)}</div>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
