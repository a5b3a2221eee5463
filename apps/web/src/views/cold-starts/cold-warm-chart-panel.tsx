'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { useT } from '@/client/preferences.tsx';
import { useRangeInput } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import type { ChartLine } from '@/components/chart-data.ts';
import { Panel } from '@/components/panel.tsx';
import { TimeSeriesChart } from '@/components/time-series-chart.tsx';
import type { Percentile } from '@/server/routers/cold-starts.ts';

import styles from './cold-starts.module.css';
import { useUrlParam } from './use-url-param.ts';

/** Request time of cold and of warm invocations over time, for one platform or all. */
export const ColdWarmChartPanel = ({
  percentile,
  platforms,
}: {
  percentile: Percentile;
  platforms: readonly string[];
}) => {
  const t = useT();
  const trpc = useTRPC();
  const range = useRangeInput();
  const [platform, setPlatform] = useUrlParam<string>('platform', undefined, undefined);
  const query = useQuery(
    trpc.coldStarts.coldWarmSeries.queryOptions({ range, platform, percentile }),
  );
  const lines = useMemo<ChartLine[]>(
    () =>
      (query.data?.series ?? []).map((series) => ({
        label: series.cold ? t('coldStarts.cold') : t('coldStarts.warm'),
        points: series.points,
      })),
    [query.data, t],
  );
  const title = t('coldStarts.coldWarmChart', { percentile });
  const options =
    platform === undefined || platforms.includes(platform) ? platforms : [platform, ...platforms];

  return (
    <Panel
      title={title}
      loading={query.isPending}
      error={query.error}
      empty={lines.length === 0}
      testId="cold-warm-chart"
      wide
    >
      <div className={styles.panelTools}>
        <label className={styles.field}>
          {t('coldStarts.platform')}
          <select
            data-testid="cold-warm-platform"
            value={platform ?? ''}
            onChange={(event) =>
              setPlatform(event.target.value === '' ? undefined : event.target.value)
            }
          >
            <option value="">{t('coldStarts.allPlatforms')}</option>
            {options.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
      </div>
      <TimeSeriesChart
        lines={lines}
        unit="seconds"
        ariaLabel={title}
        xRangeMs={[range.fromMs, range.toMs]}
      />
    </Panel>
  );
};
