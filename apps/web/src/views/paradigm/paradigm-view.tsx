'use client';

import { useQuery } from '@tanstack/react-query';

import { useT } from '@/client/preferences.tsx';
import { useRangeInput, useTimeRange } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import { Panel } from '@/components/panel.tsx';

import { Breadcrumbs } from './breadcrumbs.tsx';
import { useDrill } from './drill.ts';
import { InstancesTable } from './instances-table.tsx';
import { ParadigmChartPanel } from './paradigm-chart-panel.tsx';
import styles from './paradigm.module.css';
import { PlatformSelect } from './platform-select.tsx';
import { WorkloadsTable } from './workloads-table.tsx';

/** One paradigm: its KPI charts, platforms, workloads and instances, drillable by URL. */
export const ParadigmView = ({ paradigm }: { paradigm: string }) => {
  const t = useT();
  const trpc = useTRPC();
  const range = useRangeInput();
  const { toMs } = useTimeRange();
  const drill = useDrill();
  const summary = useQuery(trpc.paradigm.summary.queryOptions({ paradigm, range }));
  const workloads = useQuery(
    trpc.paradigm.workloads.queryOptions(
      { paradigm, platform: drill.platform, range },
      { enabled: drill.workload === undefined },
    ),
  );
  const instances = useQuery(
    trpc.paradigm.instances.queryOptions(
      { paradigm, platform: drill.platform ?? '', workload: drill.workload ?? '', range },
      { enabled: drill.platform !== undefined && drill.workload !== undefined },
    ),
  );
  const charts = summary.data?.charts ?? [];

  return (
    <div data-testid="view-paradigm">
      <h1>{t(`paradigm.${paradigm}`)}</h1>
      <div className={styles.toolbar}>
        <Breadcrumbs paradigm={paradigm} drill={drill} />
        <PlatformSelect
          paradigm={paradigm}
          platforms={summary.data?.platforms ?? []}
          selected={drill.platform}
        />
      </div>
      <div className="grid">
        {summary.data === undefined ? (
          <Panel
            title={t('paradigmView.charts')}
            loading={summary.isPending}
            error={summary.error}
            testId="paradigm-charts"
            wide
          />
        ) : null}
        {charts.map((spec) => (
          <ParadigmChartPanel key={spec.id} paradigm={paradigm} drill={drill} spec={spec} />
        ))}
        {drill.workload === undefined ? (
          <Panel
            title={
              drill.platform === undefined
                ? t('paradigmView.workloads')
                : t('paradigmView.workloadsOf', { platform: drill.platform })
            }
            loading={workloads.isPending}
            error={workloads.error}
            empty={workloads.data?.length === 0}
            testId="paradigm-workloads"
            wide
          >
            <WorkloadsTable paradigm={paradigm} rows={workloads.data ?? []} nowMs={toMs} />
          </Panel>
        ) : (
          <Panel
            title={t('paradigmView.instancesOf', {
              workload: drill.workload === '' ? t('paradigmView.noWorkload') : drill.workload,
            })}
            loading={instances.isPending}
            error={instances.error}
            empty={instances.data?.length === 0}
            testId="paradigm-instances"
            wide
          >
            <InstancesTable
              paradigm={paradigm}
              drill={drill}
              rows={instances.data ?? []}
              nowMs={toMs}
            />
          </Panel>
        )}
      </div>
    </div>
  );
};
