'use client';

import { findKpi } from '@fleetlens/schema';
import type { Agg } from '@fleetlens/db/query';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { useT } from '@/client/preferences.tsx';
import { useRangeInput } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import type { KpiFilters } from '@/server/routers/kpi.ts';

import type { ChartLine } from './chart-data.ts';
import { Panel } from './panel.tsx';
import { TimeSeriesChart } from './time-series-chart.tsx';
import type { ChartMarker } from './time-series-chart.tsx';

type Props = {
  title: string;
  kpi: string;
  agg: Agg;
  by?: string;
  filters?: KpiFilters;
  /** Overrides the KPI's unit, e.g. 'count' for a rate of seconds. */
  unit?: string;
  markers?: readonly ChartMarker[];
  testId?: string;
  wide?: boolean;
};

/** Line labels: the group's values, with paradigm ids shown in the reader's language. */
const lineLabel = (group: Record<string, string>, t: (key: string) => string): string => {
  const entries = Object.entries(group);
  if (entries.length === 0) return 'all';
  return entries
    .map(([name, value]) => (name === 'paradigm' ? t(`paradigm.${value}`) : value))
    .join(' · ');
};

/** One KPI over the current window, aggregated and grouped on the server. */
export const KpiChartPanel = ({
  title,
  kpi,
  agg,
  by,
  filters,
  unit,
  markers,
  testId,
  wide,
}: Props) => {
  const t = useT();
  const trpc = useTRPC();
  const range = useRangeInput();
  const query = useQuery(
    trpc.kpi.range.queryOptions({ kpi, agg, by, filters: filters ?? {}, range }),
  );
  const chartUnit = unit ?? (agg === 'count' || agg === 'rate' ? 'count' : findKpi(kpi)?.unit);
  const lines = useMemo<ChartLine[]>(
    () =>
      (query.data?.series ?? []).map((series) => ({
        label: lineLabel(series.group, t),
        points: series.points,
      })),
    [query.data, t],
  );

  return (
    <Panel
      title={title}
      loading={query.isPending}
      error={query.error}
      empty={lines.length === 0}
      testId={testId}
      wide={wide}
    >
      <TimeSeriesChart
        lines={lines}
        unit={chartUnit}
        markers={markers}
        ariaLabel={title}
        xRangeMs={[range.fromMs, range.toMs]}
      />
    </Panel>
  );
};
