'use client';

import { useMemo } from 'react';

import { useT } from '@/client/preferences.tsx';
import type { ChartLine } from '@/components/chart-data.ts';
import { TimeSeriesChart } from '@/components/time-series-chart.tsx';
import type { AdoptionTrends } from '@/server/routers/adoption.ts';

import type { Basis } from './adoption-basis.ts';

/** One line per paradigm present in the window: its share of the fleet, 0 to 1. */
export const ShareChart = ({
  trends,
  basis,
  xRangeMs,
}: {
  trends: AdoptionTrends;
  basis: Basis;
  xRangeMs: readonly [number, number];
}) => {
  const t = useT();
  const lines = useMemo<ChartLine[]>(
    () =>
      trends.paradigms
        // Filtered on instances whatever the basis, so each paradigm keeps its colour.
        .filter((trend) => trend.instances.some((count) => count > 0))
        .map((trend) => {
          const shares = basis === 'instances' ? trend.instanceShare : trend.workloadShare;
          return {
            label: t(`paradigm.${trend.paradigm}`),
            points: trends.starts.map((ms, index): [number, number | null] => [
              ms,
              shares[index] ?? null,
            ]),
          };
        }),
    [trends, basis, t],
  );

  return (
    <TimeSeriesChart
      lines={lines}
      unit="ratio"
      height={280}
      ariaLabel={t('adoption.chart')}
      xRangeMs={xRangeMs}
    />
  );
};
