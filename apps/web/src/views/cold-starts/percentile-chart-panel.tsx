'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { useT } from '@/client/preferences.tsx';
import { useRangeInput } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import type { ChartLine } from '@/components/chart-data.ts';
import { Panel } from '@/components/panel.tsx';
import { TimeSeriesChart } from '@/components/time-series-chart.tsx';
import type { ChartMarker } from '@/components/time-series-chart.tsx';
import type { ColdStartAlert } from '@/server/routers/cold-start-alerts.ts';
import type { Percentile } from '@/server/routers/cold-starts.ts';

const markerLabel = (alert: ColdStartAlert): string =>
  [alert.platform, alert.workload].filter((part) => part !== null).join(' · ') || alert.rule;

/** The chosen cold-start percentile per platform, with fired regression alerts marked. */
export const PercentileChartPanel = ({
  percentile,
  alerts,
}: {
  percentile: Percentile;
  alerts: readonly ColdStartAlert[];
}) => {
  const t = useT();
  const trpc = useTRPC();
  const range = useRangeInput();
  const query = useQuery(trpc.coldStarts.percentiles.queryOptions({ range, percentile }));
  const lines = useMemo<ChartLine[]>(
    () =>
      (query.data?.series ?? []).map((series) => ({
        label: series.platform,
        points: series.points,
      })),
    [query.data],
  );
  const markers = useMemo<ChartMarker[]>(
    () => alerts.map((alert) => ({ ms: alert.firedAtMs, label: markerLabel(alert) })),
    [alerts],
  );
  const title = t('coldStarts.chartTitle', { percentile });

  return (
    <Panel
      title={title}
      loading={query.isPending}
      error={query.error}
      empty={lines.length === 0}
      testId="cold-start-percentiles"
      wide
    >
      <TimeSeriesChart
        lines={lines}
        unit="seconds"
        markers={markers}
        ariaLabel={title}
        height={300}
        xRangeMs={[range.fromMs, range.toMs]}
      />
    </Panel>
  );
};
