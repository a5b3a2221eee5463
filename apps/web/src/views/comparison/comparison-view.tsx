'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { formatTime } from '@/client/format.ts';
import { usePreferences } from '@/client/preferences.tsx';
import { useRangeInput } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import { Panel } from '@/components/panel.tsx';
import { GROUP_BYS, MEASURE_IDS } from '@/server/routers/comparison-measures.ts';
import type { GroupBy } from '@/server/routers/comparison-measures.ts';

import styles from './comparison.module.css';
import { ComparisonTable } from './comparison-table.tsx';
import { MeasureBars } from './measure-bars.tsx';
import { SameWorkloadPanel } from './same-workload-panel.tsx';
import { useSearchParam } from './use-search-param.ts';

const MINUTE_MS = 60_000;

/**
 * Whole minutes: ratios over hours or days do not move within a minute, and the query reads
 * every resource, so live ticks refetch it once a minute rather than every second.
 */
const useMinuteRange = () => {
  const { fromMs, toMs } = useRangeInput();
  return useMemo(() => {
    const from = Math.floor(fromMs / MINUTE_MS) * MINUTE_MS;
    const to = Math.ceil(toMs / MINUTE_MS) * MINUTE_MS;
    return from < to ? { fromMs: from, toMs: to } : { fromMs, toMs };
  }, [fromMs, toMs]);
};

const formatStep = (ms: number): string =>
  ms < 3_600_000
    ? `${ms / MINUTE_MS} min`
    : ms < 86_400_000
      ? `${ms / 3_600_000} h`
      : `${ms / 86_400_000} d`;

export const ComparisonView = () => {
  const { t, locale } = usePreferences();
  const trpc = useTRPC();
  const range = useMinuteRange();
  const [by, setBy] = useSearchParam<GroupBy>('by', GROUP_BYS, 'paradigm');
  const [measure, setMeasure] = useSearchParam('measure', MEASURE_IDS, 'memory_per_instance');
  const query = useQuery(trpc.comparison.resources.queryOptions({ range, by }));
  const data = query.data;
  const byLabel = t(`comparison.inSentence.${by}`);

  return (
    <div data-testid="view-resources">
      <h1>{t('comparison.title')}</h1>
      <p className={`muted ${styles.intro}`}>{t('comparison.intro')}</p>
      <div className={styles.controls}>
        <label>
          {t('comparison.groupBy')}
          <select
            value={by}
            onChange={(event) => setBy(event.target.value as GroupBy)}
            data-testid="group-by"
          >
            {GROUP_BYS.map((option) => (
              <option key={option} value={option}>
                {t(`comparison.by.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('comparison.measure')}
          <select
            value={measure}
            onChange={(event) => setMeasure(event.target.value as typeof measure)}
            data-testid="measure"
          >
            {MEASURE_IDS.map((option) => (
              <option key={option} value={option}>
                {t(`comparison.measure.${option}`)}
              </option>
            ))}
          </select>
        </label>
        {data === undefined ? null : (
          <span className="muted" data-testid="comparison-window">
            {t('comparison.window', {
              from: formatTime(data.fromMs, locale),
              to: formatTime(data.toMs, locale),
              step: formatStep(data.stepMs),
            })}
          </span>
        )}
      </div>
      <div className="grid">
        <Panel
          title={t('comparison.bars', {
            measure: t(`comparison.measure.${measure}`),
            by: byLabel,
          })}
          loading={query.isPending}
          error={query.error}
          empty={data?.rows.length === 0}
          testId="comparison-bars"
          wide
        >
          <MeasureBars by={by} rows={data?.rows ?? []} measure={measure} />
          <p className={styles.note}>{t(`comparison.help.${measure}`)}</p>
        </Panel>
        <Panel
          title={t('comparison.table')}
          loading={query.isPending}
          error={query.error}
          empty={data?.rows.length === 0}
          testId="comparison-measures"
          wide
        >
          <ComparisonTable by={by} rows={data?.rows ?? []} selected={measure} />
          <p className={styles.note}>{t('comparison.basisLegend')}</p>
          {data?.truncated === true ? <p className="warn">{t('comparison.truncated')}</p> : null}
        </Panel>
        <SameWorkloadPanel query={query} by={by} onGroupBy={setBy} />
      </div>
    </div>
  );
};
