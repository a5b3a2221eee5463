'use client';

import { useT } from '@/client/preferences.tsx';
import type { SameWorkload } from '@/server/routers/comparison.ts';
import { WORKLOAD_MEASURE_IDS } from '@/server/routers/comparison-measures.ts';
import type { GroupBy } from '@/server/routers/comparison-measures.ts';

import styles from './comparison.module.css';
import { groupLabel } from './group-label.ts';
import { formatBasis, formatMeasure } from './measure-format.ts';

/** Each shared workload name with one row per group it runs under. */
export const SameWorkloadTable = ({
  by,
  workloads,
}: {
  by: GroupBy;
  workloads: readonly SameWorkload[];
}) => {
  const t = useT();

  return (
    <div className={styles.scroll}>
      <table data-testid="same-workload-table">
        <thead>
          <tr>
            <th scope="col">{t('comparison.workload')}</th>
            <th scope="col">{t(`comparison.by.${by}`)}</th>
            <th scope="col" className="num">
              {t('comparison.resources')}
            </th>
            {WORKLOAD_MEASURE_IDS.map((id) => (
              <th scope="col" key={id} className="num" title={t(`comparison.help.${id}`)}>
                {t(`comparison.measure.${id}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {workloads.flatMap((workload) =>
            workload.rows.map((row, index) => (
              <tr
                key={`${workload.workload}/${row.group}`}
                data-testid="same-workload-row"
                className={index === 0 ? styles.groupStart : undefined}
              >
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={workload.rows.length} className="mono">
                    {workload.workload}
                  </th>
                ) : null}
                <td>{groupLabel(by, row.group, t)}</td>
                <td className="num">{row.resources}</td>
                {WORKLOAD_MEASURE_IDS.map((id) => {
                  const cell = row.measures[id];
                  return (
                    <td key={id} className="num">
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
            )),
          )}
        </tbody>
      </table>
    </div>
  );
};
