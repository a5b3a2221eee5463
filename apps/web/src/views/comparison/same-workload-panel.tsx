'use client';

import { useT } from '@/client/preferences.tsx';
import { Panel } from '@/components/panel.tsx';
import type { Comparison } from '@/server/routers/comparison.ts';
import type { GroupBy } from '@/server/routers/comparison-measures.ts';

import styles from './comparison.module.css';
import { SameWorkloadTable } from './same-workload-table.tsx';

type Props = {
  query: { data?: Comparison; isPending: boolean; error: { message: string } | null };
  by: GroupBy;
  onGroupBy: (by: GroupBy) => void;
};

/** The same work under several groups, or a plain statement that the fleet has none. */
export const SameWorkloadPanel = ({ query, by, onGroupBy }: Props) => {
  const t = useT();
  const data = query.data;
  const byLabel = t(`comparison.inSentence.${by}`);
  const shared = data?.sameWorkload ?? [];

  return (
    <Panel
      title={t('comparison.sameWorkload')}
      loading={query.isPending}
      error={query.error}
      empty={data?.rows.length === 0}
      testId="same-workload"
      wide
    >
      {shared.length > 0 ? (
        <>
          <p className={`muted ${styles.intro}`}>
            {t('comparison.sameWorkloadIntro', { by: byLabel })}
          </p>
          <SameWorkloadTable by={by} workloads={shared} />
        </>
      ) : (
        <p data-testid="no-overlap">
          {data?.namedWorkloads === 0
            ? t('comparison.noNames')
            : t('comparison.noOverlap', { by: byLabel })}{' '}
          {by === 'paradigm' ? (
            <button type="button" onClick={() => onGroupBy('platform')}>
              {t('comparison.tryPlatform')}
            </button>
          ) : null}
        </p>
      )}
    </Panel>
  );
};
