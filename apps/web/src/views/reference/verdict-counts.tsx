'use client';

import { useT } from '@/client/preferences.tsx';
import type { CellVerdict, VerdictCounts as Counts } from '@/server/reference/evaluate.ts';

import { VERDICTS } from './filters.ts';
import styles from './reference.module.css';

const TONE: Record<CellVerdict, string> = {
  consistent: 'ok',
  deviates: 'bad',
  insufficient: 'warn',
  reference: 'muted',
};

/** Counts per verdict; each is a toggle for the verdict filter. */
export const VerdictCounts = ({
  counts,
  selected,
  onSelect,
}: {
  /** Undefined while loading: no count is shown rather than a misleading zero. */
  counts: Counts | undefined;
  selected: CellVerdict | null;
  onSelect: (verdict: CellVerdict | null) => void;
}) => {
  const t = useT();

  return (
    <div className="stats" data-testid="verdict-counts" aria-label={t('reference.counts')}>
      {VERDICTS.map((verdict) => (
        <div
          className={selected === verdict ? `stat ${styles.countSelected}` : 'stat'}
          key={verdict}
          data-testid={`count-${verdict}`}
        >
          <button
            type="button"
            className={styles.countButton}
            aria-pressed={selected === verdict}
            onClick={() => onSelect(selected === verdict ? null : verdict)}
          >
            <div className="stat-title">{t(`reference.verdict.${verdict}`)}</div>
            <div className={`stat-value ${TONE[verdict]}`} data-testid="count-value">
              {counts === undefined ? '–' : counts[verdict]}
            </div>
          </button>
        </div>
      ))}
    </div>
  );
};
