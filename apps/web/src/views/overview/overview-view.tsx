'use client';

import { useQuery } from '@tanstack/react-query';

import { formatAgo } from '@/client/format.ts';
import { useT } from '@/client/preferences.tsx';
import { useRangeInput, useTimeRange } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import { KpiChartPanel } from '@/components/kpi-chart-panel.tsx';
import { useHrefWithRange } from '@/components/nav-link.tsx';
import { Panel } from '@/components/panel.tsx';

import { PlatformHealthTable } from './platform-health-table.tsx';
import { UnmappedTable } from './unmapped-table.tsx';

export const OverviewView = () => {
  const t = useT();
  const trpc = useTRPC();
  const range = useRangeInput();
  const { toMs } = useTimeRange();
  const withRange = useHrefWithRange();
  const overview = useQuery(trpc.fleet.overview.queryOptions({ range }));
  const paradigms = overview.data?.paradigms ?? [];

  return (
    <div data-testid="view-overview">
      <h1>{t('overview.title')}</h1>
      <div className="stats" data-testid="paradigm-stats">
        {paradigms.map((summary) => (
          <div className="stat" key={summary.paradigm} data-testid={`stat-${summary.paradigm}`}>
            <a href={withRange(`/paradigms/${summary.paradigm}`)}>
              <div className="stat-title">{t(`paradigm.${summary.paradigm}`)}</div>
              <div className="stat-value" data-testid="stat-resources">
                {summary.resources}
              </div>
              <div className="muted">
                {t('overview.workloads')} {summary.workloads} · {t('overview.platforms')}{' '}
                {summary.platforms}
              </div>
              <div>
                <span className="ok">
                  {t('overview.up')} {summary.up}
                </span>{' '}
                ·{' '}
                <span className={summary.down > 0 ? 'bad' : 'muted'}>
                  {t('overview.down')} {summary.down}
                </span>{' '}
                · <span className="muted">{formatAgo(summary.lastSeenMs, toMs)}</span>
              </div>
            </a>
          </div>
        ))}
      </div>
      <div className="grid">
        <KpiChartPanel
          title={t('overview.requestRate')}
          kpi="requests_total"
          agg="rate"
          by="paradigm"
          testId="chart-request-rate"
        />
        <KpiChartPanel
          title={t('overview.coldStartP95')}
          kpi="startup_seconds"
          agg="p95"
          by="paradigm"
          testId="chart-cold-start-p95"
        />
        <Panel
          title={t('overview.byPlatform')}
          loading={overview.isPending}
          error={overview.error}
          empty={overview.data?.platforms.length === 0}
          testId="platform-health"
          wide
        >
          <PlatformHealthTable platforms={overview.data?.platforms ?? []} nowMs={toMs} />
        </Panel>
        <Panel
          title={t('overview.unmapped')}
          loading={overview.isPending}
          error={overview.error}
          empty={overview.data?.unmapped.length === 0}
          testId="unmapped"
          wide
        >
          <UnmappedTable families={overview.data?.unmapped ?? []} />
        </Panel>
      </div>
    </div>
  );
};
