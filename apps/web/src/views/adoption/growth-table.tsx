'use client';

import { useT } from '@/client/preferences.tsx';
import type { ParadigmTrend } from '@/server/routers/adoption.ts';
import type { Growth } from '@/server/routers/adoption-trends.ts';

import styles from './adoption.module.css';
import { formatGrowth, formatShare } from './adoption-format.ts';
import type { Basis } from './adoption-basis.ts';
import { DocumentClaimCell } from './document-claim.tsx';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

const changeText = (growth: Growth, t: Translate): string =>
  growth.change !== null
    ? formatGrowth(growth.change)
    : growth.last > 0
      ? t('adoption.new')
      : t('adoption.absent');

const annualisedText = (growth: Growth, t: Translate): string =>
  growth.annualised !== null
    ? formatGrowth(growth.annualised)
    : growth.change !== null
      ? t('adoption.tooShort')
      : '–';

/** Observed annualised growth against the document's yearly forecast. */
const VersusForecast = ({ growth, forecast }: { growth: Growth; forecast: number | null }) => {
  const t = useT();
  if (growth.annualised === null || forecast === null) return null;
  const above = growth.annualised >= forecast;
  return (
    <div className={above ? 'ok' : 'warn'} data-testid="vs-forecast">
      {t(above ? 'adoption.above' : 'adoption.below')}
    </div>
  );
};

/** Per paradigm: growth over the window beside the document's adoption and growth claims. */
export const GrowthTable = ({
  trends,
  basis,
}: {
  trends: readonly ParadigmTrend[];
  basis: Basis;
}) => {
  const t = useT();
  const baseline = <span className="muted">{t('adoption.baseline')}</span>;

  return (
    <div className={styles.scroll}>
      <table data-testid="growth-table">
        <thead>
          <tr>
            <th scope="col">{t('adoption.paradigm')}</th>
            <th scope="col" className="num">
              {t('adoption.first')}
            </th>
            <th scope="col" className="num">
              {t('adoption.last')}
            </th>
            <th scope="col" className="num">
              {t('adoption.change')}
            </th>
            <th scope="col" className="num">
              {t('adoption.share')}
            </th>
            <th scope="col">{t('adoption.docAdoption')}</th>
            <th scope="col" className="num">
              {t('adoption.annualised')}
            </th>
            <th scope="col">{t('adoption.docGrowth')}</th>
            <th scope="col">{t('adoption.docMaturity')}</th>
          </tr>
        </thead>
        <tbody>
          {trends.map((trend) => {
            const growth = trend.growth[basis];
            const { adoption, growthRate, maturity } = trend.document;
            return (
              <tr key={trend.paradigm} data-testid="growth-row" data-paradigm={trend.paradigm}>
                <th scope="row">{t(`paradigm.${trend.paradigm}`)}</th>
                <td className="num">{growth?.first ?? '–'}</td>
                <td className="num">{growth?.last ?? '–'}</td>
                <td className="num" data-testid="growth-change">
                  {growth === null ? '–' : changeText(growth, t)}
                </td>
                <td className="num">
                  {formatShare(growth?.firstShare ?? null)} →{' '}
                  <strong>{formatShare(growth?.lastShare ?? null)}</strong>
                </td>
                <td>{adoption === null ? baseline : <DocumentClaimCell claim={adoption} />}</td>
                <td className="num" data-testid="growth-annualised">
                  {growth === null ? '–' : annualisedText(growth, t)}
                  {growth === null ? null : (
                    <VersusForecast growth={growth} forecast={growthRate?.value ?? null} />
                  )}
                </td>
                <td>{growthRate === null ? baseline : <DocumentClaimCell claim={growthRate} />}</td>
                <td>{maturity === null ? baseline : <DocumentClaimCell claim={maturity} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
