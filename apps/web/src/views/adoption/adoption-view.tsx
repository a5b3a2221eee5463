'use client';

import { useQuery } from '@tanstack/react-query';

import { useT } from '@/client/preferences.tsx';
import { useRangeInput } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import { Panel } from '@/components/panel.tsx';
import { useSearchParam } from '@/views/comparison/use-search-param.ts';

import styles from './adoption.module.css';
import { BASES } from './adoption-basis.ts';
import type { Basis } from './adoption-basis.ts';
import { formatInterval } from './adoption-format.ts';
import { GrowthTable } from './growth-table.tsx';
import { ShareChart } from './share-chart.tsx';

export const AdoptionView = () => {
  const t = useT();
  const trpc = useTRPC();
  const range = useRangeInput();
  const [basis, setBasis] = useSearchParam<Basis>('count', BASES, 'instances');
  const query = useQuery(trpc.adoption.trends.queryOptions({ range }));
  const data = query.data;
  const empty = data !== undefined && data.totals[basis].every((total) => total === 0);

  return (
    <div data-testid="view-adoption">
      <h1>{t('adoption.title')}</h1>
      <p className={`muted ${styles.intro}`}>{t('adoption.intro')}</p>
      <div className={styles.controls}>
        <label>
          {t('adoption.basis')}
          <select
            value={basis}
            onChange={(event) => setBasis(event.target.value as Basis)}
            data-testid="adoption-basis"
          >
            {BASES.map((option) => (
              <option key={option} value={option}>
                {t(`adoption.basis.${option}`)}
              </option>
            ))}
          </select>
        </label>
        {data === undefined ? null : (
          <span className="muted" data-testid="adoption-interval">
            {t('adoption.interval', { interval: formatInterval(data.bucketMs) })}
          </span>
        )}
      </div>
      <div className="grid">
        <Panel
          title={`${t('adoption.chart')} · ${t(`adoption.basis.${basis}`)}`}
          loading={query.isPending}
          error={query.error}
          empty={empty}
          testId="adoption-share-chart"
          wide
        >
          {data === undefined ? null : (
            <ShareChart trends={data} basis={basis} xRangeMs={[range.fromMs, range.toMs]} />
          )}
        </Panel>
        <Panel
          title={t('adoption.growth')}
          loading={query.isPending}
          error={query.error}
          empty={empty}
          testId="adoption-growth"
          wide
        >
          <GrowthTable trends={data?.paradigms ?? []} basis={basis} />
          <ul className={styles.notes}>
            <li>{t('adoption.note.presence')}</li>
            <li>{t('adoption.note.growth')}</li>
            <li>{t('adoption.note.document')}</li>
          </ul>
        </Panel>
      </div>
    </div>
  );
};
