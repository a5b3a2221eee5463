'use client';

import { REFERENCE } from '@fleetlens/schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';

import { formatTime } from '@/client/format.ts';
import { usePreferences } from '@/client/preferences.tsx';
import { useRangeInput } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import { Panel } from '@/components/panel.tsx';
import { countVerdicts } from '@/server/reference/evaluate.ts';
import type { CellVerdict } from '@/server/reference/evaluate.ts';

import { alignWindow, MATRIX_IDS, readFilters, VERDICTS, withFilter } from './filters.ts';
import { MaturityInputsTable } from './maturity-panel.tsx';
import { MatrixTable } from './matrix-table.tsx';
import styles from './reference.module.css';
import { VerdictCounts } from './verdict-counts.tsx';

export const ReferenceView = () => {
  const { t, locale } = usePreferences();
  const trpc = useTRPC();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const rangeInput = useRangeInput();
  const range = useMemo(() => alignWindow(rangeInput), [rangeInput]);
  const query = useQuery({
    ...trpc.reference.compare.queryOptions({ range }),
    placeholderData: keepPreviousData,
  });
  const search = params.toString();
  const filters = readFilters(new URLSearchParams(search));
  const setFilter = (name: 'matrix' | 'verdict', value: string | null) =>
    router.replace(`${pathname}?${withFilter(new URLSearchParams(search), name, value)}`, {
      scroll: false,
    });

  const cells = query.data?.cells ?? [];
  const inMatrix = cells.filter(
    (cell) => filters.matrix === null || cell.matrix === filters.matrix,
  );
  const shown = inMatrix.filter(
    (cell) => filters.verdict === null || cell.verdict === filters.verdict,
  );
  const counts = countVerdicts(inMatrix);
  const matrices = MATRIX_IDS.filter((id) => filters.matrix === null || id === filters.matrix);
  const title = (id: (typeof MATRIX_IDS)[number]) =>
    locale === 'zh'
      ? `${REFERENCE[id].titleZh}（${REFERENCE[id].titleEn}）`
      : `${REFERENCE[id].titleEn} (${REFERENCE[id].titleZh})`;

  return (
    <div data-testid="view-reference">
      <h1>{t('reference.title')}</h1>
      <p className="muted">{t('reference.intro')}</p>
      {query.data === undefined ? null : (
        <p className={styles.window} data-testid="reference-window">
          {t('reference.window')}: {formatTime(query.data.window.fromMs, locale)} –{' '}
          {formatTime(query.data.window.toMs, locale)} · {t('reference.fleetResources')}:{' '}
          {query.data.fleetResources}
        </p>
      )}
      <form
        className={styles.filters}
        aria-label={t('reference.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <label>
          {t('reference.filter.matrix')}
          <select
            value={filters.matrix ?? ''}
            onChange={(event) => setFilter('matrix', event.target.value || null)}
            data-testid="filter-matrix"
          >
            <option value="">{t('reference.filter.all')}</option>
            {MATRIX_IDS.map((id) => (
              <option key={id} value={id}>
                {title(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reference.filter.verdict')}
          <select
            value={filters.verdict ?? ''}
            onChange={(event) => setFilter('verdict', event.target.value || null)}
            data-testid="filter-verdict"
          >
            <option value="">{t('reference.filter.all')}</option>
            {VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {t(`reference.verdict.${verdict}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <VerdictCounts
        counts={query.data === undefined ? undefined : counts}
        selected={filters.verdict}
        onSelect={(verdict: CellVerdict | null) => setFilter('verdict', verdict)}
      />
      <div className="grid">
        {filters.matrix === null || filters.matrix === 'maturity' ? (
          <Panel
            title={t('reference.maturity.title')}
            loading={query.isPending}
            error={query.error}
            empty={query.data?.maturity.length === 0}
            testId="maturity-inputs"
            wide
          >
            {query.data === undefined ? null : (
              <MaturityInputsTable
                maturity={query.data.maturity}
                cells={query.data.cells}
                rules={query.data.rules}
              />
            )}
          </Panel>
        ) : null}
        {matrices.map((id) => {
          const own = shown.filter((cell) => cell.matrix === id);
          return (
            <Panel
              key={id}
              title={title(id)}
              loading={query.isPending}
              error={query.error}
              testId={`matrix-${id}`}
              wide
            >
              {own.length === 0 || query.data === undefined ? (
                <p className="state state-empty">{t('reference.noCells')}</p>
              ) : (
                <MatrixTable cells={own} rules={query.data.rules} />
              )}
            </Panel>
          );
        })}
      </div>
    </div>
  );
};
