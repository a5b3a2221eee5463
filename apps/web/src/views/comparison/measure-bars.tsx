'use client';

import { useT } from '@/client/preferences.tsx';
import type { ComparisonRow } from '@/server/routers/comparison.ts';
import type { GroupBy, MeasureId } from '@/server/routers/comparison-measures.ts';

import styles from './comparison.module.css';
import { groupLabel } from './group-label.ts';
import { formatBasis, formatMeasure } from './measure-format.ts';

/** One bar per group for the chosen measure, longest first, scaled to the largest value. */
export const MeasureBars = ({
  by,
  rows,
  measure,
}: {
  by: GroupBy;
  rows: readonly ComparisonRow[];
  measure: MeasureId;
}) => {
  const t = useT();
  const bars = rows
    .flatMap((row) => {
      const cell = row.measures[measure];
      return cell.value === null ? [] : [{ group: row.group, cell, value: cell.value }];
    })
    .sort((a, b) => b.value - a.value);
  const max = Math.max(...bars.map((bar) => bar.value), 0);
  if (bars.length === 0) return <p className="state state-empty">{t('comparison.noValue')}</p>;

  return (
    <ul className={styles.bars} data-testid="measure-bars">
      {bars.map((bar) => (
        <li key={bar.group} className={styles.barRow} data-group={bar.group}>
          <span className={styles.barLabel}>{groupLabel(by, bar.group, t)}</span>
          <span className={styles.barTrack} aria-hidden="true">
            <span
              className={styles.bar}
              style={{ width: `${max > 0 ? Math.max((bar.value / max) * 100, 0.5) : 0}%` }}
            />
          </span>
          <span className={styles.barValue}>
            {formatMeasure(measure, bar.value)}{' '}
            <span className="muted">({formatBasis(measure, bar.cell, t)})</span>
          </span>
        </li>
      ))}
    </ul>
  );
};
