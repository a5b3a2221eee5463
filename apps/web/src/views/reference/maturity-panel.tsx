'use client';

import { REFERENCE } from '@fleetlens/schema';

import { useT } from '@/client/preferences.tsx';
import type { ComparedCell, ObservedMaturity } from '@/server/reference/evaluate.ts';
import type { ReferenceComparison } from '@/server/routers/reference.ts';

import { formatShare } from './describe.ts';
import { stageLabel } from './matrix-table.tsx';
import styles from './reference.module.css';
import { VerdictBadge } from './verdict-badge.tsx';

const claimedStage = (paradigm: string): string | null => {
  const row = REFERENCE.maturity.rows.find((candidate) => candidate.paradigm === paradigm);
  const claim = row?.cells.maturity.claim;

  return claim?.kind === 'maturity_stage' ? claim.stage : null;
};

/** Every paradigm's observed stage beside the formula and each of its inputs. */
export const MaturityInputsTable = ({
  maturity,
  cells,
  rules,
}: {
  maturity: readonly ObservedMaturity[];
  cells: readonly ComparedCell[];
  rules: ReferenceComparison['rules'];
}) => {
  const t = useT();
  const { weights, thresholds } = rules.maturity;

  return (
    <>
      <p className={styles.formula}>
        {t('reference.maturity.formula', {
          wa: weights.adoption,
          wr: weights.reliability,
          wb: weights.breadth,
          recovering: thresholds.recovering,
          mature: thresholds.mature,
          min: rules.maturity.minResources,
        })}
      </p>
      <p className={styles.formula}>
        {t('reference.maturity.parts', {
          saturation: formatShare(rules.maturity.adoptionSaturation),
          budget: formatShare(rules.maturity.errorBudget),
          minRequests: rules.maturity.minRequestsForErrorRate,
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('reference.maturity.paradigm')}</th>
            <th scope="col">{t('reference.maturity.claimed')}</th>
            <th scope="col">{t('reference.maturity.observed')}</th>
            <th scope="col" className="num">
              {t('reference.maturity.score')}
            </th>
            <th scope="col" className="num">
              {t('reference.maturity.resources')}
            </th>
            <th scope="col" className="num">
              {t('reference.maturity.share')}
            </th>
            <th scope="col" className="num">
              {t('reference.maturity.errorRate')}
            </th>
            <th scope="col" className="num">
              {t('reference.maturity.unavailability')}
            </th>
            <th scope="col" className="num">
              {t('reference.maturity.platforms')}
            </th>
            <th scope="col">{t('reference.col.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {maturity.map((entry) => {
            const claimed = claimedStage(entry.paradigm);
            const cell = cells.find(
              (candidate) =>
                candidate.matrix === 'maturity' &&
                candidate.row === entry.paradigm &&
                candidate.column === 'maturity',
            );
            return (
              <tr key={entry.paradigm} data-testid="maturity-row" data-paradigm={entry.paradigm}>
                <th scope="row">{t(`paradigm.${entry.paradigm}`)}</th>
                <td className={claimed === null ? 'muted' : undefined}>
                  {claimed === null ? t('reference.maturity.baseline') : stageLabel(t, claimed)}
                </td>
                <td data-testid="observed-stage">{stageLabel(t, entry.stage)}</td>
                <td className="num">
                  {entry.score === null ? '–' : entry.score.toFixed(2)}
                  <span className={styles.detail}>
                    {t('reference.maturity.parts.short', {
                      a: entry.parts.adoption.toFixed(2),
                      r: entry.parts.reliability.toFixed(2),
                      b: entry.parts.breadth.toFixed(2),
                    })}
                  </span>
                </td>
                <td className="num">{entry.inputs.resources}</td>
                <td className="num">{formatShare(entry.inputs.adoptionShare)}</td>
                <td className="num">
                  {entry.inputs.errorRate === null
                    ? t('reference.unknown')
                    : formatShare(entry.inputs.errorRate)}
                  <span className={styles.detail}>
                    {t('reference.maturity.requests', {
                      n: entry.inputs.requests.toLocaleString('en-US'),
                    })}
                  </span>
                </td>
                <td className="num">
                  {formatShare(entry.inputs.unavailability)}
                  <span className={styles.detail}>
                    {t(`reference.maturity.source.${entry.inputs.availabilitySource}`)}
                  </span>
                </td>
                <td className="num">
                  {entry.inputs.platformsSeen}/{entry.inputs.platformsListed}
                </td>
                <td>{cell === undefined ? null : <VerdictBadge verdict={cell.verdict} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
};
