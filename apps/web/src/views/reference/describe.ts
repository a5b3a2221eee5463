import { formatSeconds, formatValue } from '@/client/format.ts';
import type { ComparedCell, MeasuredValue } from '@/server/reference/evaluate.ts';
import type { ReferenceComparison } from '@/server/routers/reference.ts';

type T = (key: string, vars?: Record<string, string | number>) => string;

/** Texts of one compared cell, kept out of the table so it stays markup only. */

export const formatMeasured = (measured: MeasuredValue): string =>
  formatValue(measured.value, measured.unit);

export const formatShare = (value: number | null): string =>
  value === null ? '–' : `${(value * 100).toFixed(1)} %`;

export const describeValue = (t: T, measured: MeasuredValue): string => {
  if (measured.value === null) {
    return measured.reported || measured.kpi === null
      ? '–'
      : t('reference.notReported', {
          paradigm: t(`paradigm.${measured.paradigm}`),
          kpi: measured.kpi,
        });
  }
  const value =
    measured.metric === 'adoption_share' ? formatShare(measured.value) : formatMeasured(measured);
  const band =
    measured.band === undefined
      ? ''
      : ` · ${t(measured.band === null ? 'reference.band.none' : `reference.band.${measured.band}`)}`;

  return `${t(`reference.metric.${measured.metric}`)} ${value}${band}`;
};

export const describeSample = (t: T, measured: MeasuredValue): string => {
  const sample = t(`reference.sample.${measured.sampleUnit}`, {
    n: measured.samples.toLocaleString('en-US'),
  });

  return measured.source === null
    ? sample
    : `${sample} · ${t('reference.source', { source: t(`reference.source.${measured.source}`) })}`;
};

const minSamplesOf = (rules: ReferenceComparison['rules'], cell: ComparedCell): number | null => {
  const metric = cell.measured[0]?.metric;
  if (metric === 'startup_p50') return rules.minSamples.startup;
  if (metric === 'latency_p50') return rules.minSamples.latency;
  if (metric === 'memory_mean') return rules.minSamples.memory;
  if (metric === 'adoption_share') return rules.minSamples.adoption;

  return null;
};

/** The rule that decided the verdict, with the cell's own numbers. */
export const describeRule = (
  t: T,
  cell: ComparedCell,
  rules: ReferenceComparison['rules'],
): string => {
  const claim = cell.claim;
  let text: string;
  if (cell.rule === 'band' && claim?.kind === 'startup_band') {
    text = t('reference.rule.band', {
      min: formatSeconds(claim.minSeconds),
      max: claim.maxSeconds === null ? '∞' : formatSeconds(claim.maxSeconds),
    });
  } else if (cell.rule === 'order' && claim?.kind === 'rating') {
    text = t('reference.rule.order.performance');
  } else if (cell.rule === 'fraction') {
    text = t('reference.rule.fraction', { points: ((cell.tolerance ?? 0) * 100).toFixed(1) });
  } else {
    text = t(`reference.rule.${cell.rule}`);
  }
  const min = minSamplesOf(rules, cell);

  const short = cell.measured.some((measured) => measured.samples < (min ?? 0));

  return cell.verdict === 'insufficient' && min !== null && short
    ? `${text} (${t('reference.rule.minSamples', { n: min })})`
    : text;
};

export const describePairs = (t: T, cell: ComparedCell): string[] => {
  if (cell.pairs === undefined) return [];
  if (cell.pairs.length === 0) {
    return cell.measured[0]?.value == null ? [] : [t('reference.pairs.none')];
  }
  const unit = cell.measured[0]?.unit;

  return cell.pairs.map(
    (pair) =>
      `${t(`reference.pair.${pair.expected}`, {
        peer: t(`paradigm.${pair.peer}`),
        value: formatValue(pair.peerValue, unit),
      })}: ${t(pair.holds ? 'reference.pair.holds' : 'reference.pair.fails')}`,
  );
};
