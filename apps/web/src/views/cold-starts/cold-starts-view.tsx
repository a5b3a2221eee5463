'use client';

import { useQuery } from '@tanstack/react-query';

import { useT } from '@/client/preferences.tsx';
import { useRangeInput } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import { Panel } from '@/components/panel.tsx';
import { MIN_SAMPLES, WORSE_P95_CHANGE_PCT } from '@/server/routers/cold-start-thresholds.ts';
import type { Percentile } from '@/server/routers/cold-starts.ts';

import { AlertsTable } from './alerts-table.tsx';
import { ColdWarmChartPanel } from './cold-warm-chart-panel.tsx';
import { ColdWarmTable } from './cold-warm-table.tsx';
import styles from './cold-starts.module.css';
import { ComparisonTable } from './comparison-table.tsx';
import { PercentileChartPanel } from './percentile-chart-panel.tsx';
import { useUrlParam } from './use-url-param.ts';

const PERCENTILES: readonly Percentile[] = ['p50', 'p95', 'p99'];

/** Cold-start percentiles per platform, what got worse, cold against warm, and alerts. */
export const ColdStartsView = () => {
  const t = useT();
  const trpc = useTRPC();
  const range = useRangeInput();
  const [percentile = 'p95', setPercentile] = useUrlParam<Percentile>('p', PERCENTILES, 'p95');
  const comparison = useQuery(trpc.coldStarts.comparison.queryOptions({ range }));
  const coldWarm = useQuery(trpc.coldStarts.coldWarm.queryOptions({ range }));
  const alerts = useQuery(trpc.coldStarts.alerts.queryOptions({ range }));
  const invocationPlatforms = [
    ...new Set(
      (coldWarm.data ?? [])
        .filter((row) => row.source === 'invocations')
        .map((row) => row.platform),
    ),
  ];

  return (
    <div data-testid="view-cold-starts">
      <h1>{t('coldStarts.title')}</h1>
      <div className={styles.toolbar}>
        <label className={styles.field}>
          {t('coldStarts.percentile')}
          <select
            data-testid="percentile-select"
            value={percentile}
            onChange={(event) =>
              setPercentile(PERCENTILES.find((p) => p === event.target.value) ?? 'p95')
            }
          >
            {PERCENTILES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="grid">
        <PercentileChartPanel percentile={percentile} alerts={alerts.data ?? []} />
        <Panel
          title={t('coldStarts.comparison')}
          loading={comparison.isPending}
          error={comparison.error}
          empty={comparison.data?.length === 0}
          testId="cold-start-comparison"
          wide
        >
          <p className="muted">
            {t('coldStarts.comparisonHint', { pct: WORSE_P95_CHANGE_PCT, min: MIN_SAMPLES })}
          </p>
          <ComparisonTable rows={comparison.data ?? []} />
        </Panel>
        <Panel
          title={t('coldStarts.alerts')}
          loading={alerts.isPending}
          error={alerts.error}
          testId="cold-start-alerts"
          wide
        >
          {alerts.data?.length === 0 ? (
            <p className="state state-empty">{t('coldStarts.alertsNone')}</p>
          ) : (
            <AlertsTable alerts={alerts.data ?? []} />
          )}
        </Panel>
        <Panel
          title={t('coldStarts.coldWarm')}
          loading={coldWarm.isPending}
          error={coldWarm.error}
          empty={coldWarm.data?.length === 0}
          testId="cold-warm"
          wide
        >
          <ColdWarmTable rows={coldWarm.data ?? []} />
        </Panel>
        <ColdWarmChartPanel percentile={percentile} platforms={invocationPlatforms} />
      </div>
    </div>
  );
};
