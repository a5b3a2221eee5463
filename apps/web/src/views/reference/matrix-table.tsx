'use client';

import { usePreferences } from '@/client/preferences.tsx';
import type { ComparedCell, ObservedMaturity } from '@/server/reference/evaluate.ts';
import type { ReferenceComparison } from '@/server/routers/reference.ts';

import {
  describePairs,
  describeRule,
  describeSample,
  describeValue,
  formatShare,
} from './describe.ts';
import styles from './reference.module.css';
import { VerdictBadge } from './verdict-badge.tsx';

type T = (key: string, vars?: Record<string, string | number>) => string;

export const stageLabel = (t: T, stage: string | null): string =>
  stage === null ? t('reference.stage.none') : t(`reference.stage.${stage}`);

export const maturityInputsText = (t: T, maturity: ObservedMaturity): string =>
  t('reference.maturity.inputs', {
    share: formatShare(maturity.inputs.adoptionShare),
    errors:
      maturity.inputs.errorRate === null
        ? t('reference.unknown')
        : formatShare(maturity.inputs.errorRate),
    unavailable: formatShare(maturity.inputs.unavailability),
    source: t(`reference.maturity.source.${maturity.inputs.availabilitySource}`),
    seen: maturity.inputs.platformsSeen,
    listed: maturity.inputs.platformsListed,
  });

const MeasuredCell = ({ cell }: { cell: ComparedCell }) => {
  const { t } = usePreferences();
  if (cell.maturity !== undefined) {
    const { stage, score } = cell.maturity;
    return (
      <td data-testid="measured">
        {t('reference.stage.observed', { stage: stageLabel(t, stage) })}
        {score === null ? null : (
          <span className={styles.detail}>
            {t('reference.stage.score', { score: score.toFixed(2) })}
          </span>
        )}
        <span className={styles.detail} data-testid="maturity-inputs">
          {maturityInputsText(t, cell.maturity)}
        </span>
      </td>
    );
  }

  return (
    <td data-testid="measured">
      {cell.measured.length === 0
        ? '–'
        : cell.measured.map((measured) => (
            <span
              key={measured.paradigm}
              className={cell.measured.length > 1 ? styles.zh : undefined}
            >
              {cell.measured.length > 1 ? `${t(`paradigm.${measured.paradigm}`)}: ` : ''}
              {describeValue(t, measured)}
            </span>
          ))}
    </td>
  );
};

const SampleCell = ({ cell }: { cell: ComparedCell }) => {
  const { t } = usePreferences();
  if (cell.maturity !== undefined) {
    return (
      <td className="muted">
        {t('reference.maturity.resourceCount', { n: cell.maturity.inputs.resources })}
        {cell.maturity.inputs.requests > 0 ? (
          <span className={styles.detail}>
            {t('reference.maturity.requests', {
              n: cell.maturity.inputs.requests.toLocaleString('en-US'),
            })}
          </span>
        ) : null}
      </td>
    );
  }

  return (
    <td className="muted">
      {cell.measured.map((measured) => (
        <span key={measured.paradigm} className={styles.detail}>
          {describeSample(t, measured)}
        </span>
      ))}
    </td>
  );
};

/** One matrix of the document, one table row per cell that passes the filter. */
export const MatrixTable = ({
  cells,
  rules,
}: {
  cells: readonly ComparedCell[];
  rules: ReferenceComparison['rules'];
}) => {
  const { t, locale } = usePreferences();

  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('reference.col.cell')}</th>
          <th scope="col">{t('reference.col.document')}</th>
          <th scope="col">{t('reference.col.measured')}</th>
          <th scope="col">{t('reference.col.samples')}</th>
          <th scope="col">{t('reference.col.verdict')}</th>
          <th scope="col">{t('reference.col.why')}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((cell) => {
          const pairs = describePairs(t, cell);
          return (
            <tr
              key={`${cell.row}/${cell.column}`}
              data-testid="reference-cell"
              data-cell={`${cell.matrix}/${cell.row}/${cell.column}`}
            >
              <th scope="row">
                {locale === 'zh' ? cell.rowZh : cell.rowEn}
                <span className={styles.detail}>
                  {locale === 'zh' ? cell.columnZh : cell.columnEn}
                </span>
              </th>
              <td>
                <span className={styles.zh} lang="zh-CN">
                  {cell.zh}
                </span>
                {cell.en === cell.zh ? null : (
                  <span className={styles.en} lang="en">
                    {cell.en}
                  </span>
                )}
              </td>
              <MeasuredCell cell={cell} />
              <SampleCell cell={cell} />
              <td>
                <VerdictBadge verdict={cell.verdict} />
              </td>
              <td>
                <span className={styles.detail}>{describeRule(t, cell, rules)}</span>
                {pairs.length === 0 ? null : (
                  <ul className={styles.detailList}>
                    {pairs.map((pair) => (
                      <li key={pair}>{pair}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
