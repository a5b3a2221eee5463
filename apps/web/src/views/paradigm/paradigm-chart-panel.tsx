'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { useT } from '@/client/preferences.tsx';
import { useRangeInput } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import type { ChartLine } from '@/components/chart-data.ts';
import { Panel } from '@/components/panel.tsx';
import { TimeSeriesChart } from '@/components/time-series-chart.tsx';
import type { ChartSpec } from '@/server/routers/paradigm-charts.ts';

import type { Drill } from './drill.ts';

type Props = { paradigm: string; drill: Drill; spec: ChartSpec };

/** One KPI chart of the paradigm page, narrowed to the drill-down and split below it. */
export const ParadigmChartPanel = ({ paradigm, drill, spec }: Props) => {
  const t = useT();
  const trpc = useTRPC();
  const range = useRangeInput();
  const query = useQuery(
    trpc.paradigm.chart.queryOptions({
      paradigm,
      ...drill,
      kpi: spec.kpi,
      agg: spec.agg,
      labels: spec.labels,
      range,
    }),
  );
  const title = t(`paradigmView.chart.${spec.id}`);
  const lines = useMemo<ChartLine[]>(
    () =>
      (query.data?.series ?? []).map((series) => ({
        label: Object.values(series.group).join(' · ') || t('paradigmView.all'),
        points: series.points,
      })),
    [query.data, t],
  );
  const by = query.data?.by;

  return (
    <Panel
      title={
        by === null || by === undefined ? title : `${title} · ${t(`paradigmView.chartsBy.${by}`)}`
      }
      loading={query.isPending}
      error={query.error}
      empty={lines.length === 0}
      testId={`paradigm-chart-${spec.id}`}
    >
      <TimeSeriesChart
        lines={lines}
        unit={spec.unit}
        ariaLabel={title}
        xRangeMs={[range.fromMs, range.toMs]}
      />
    </Panel>
  );
};
