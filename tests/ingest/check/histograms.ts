import { WINDOW } from '../clock.ts';
import type { ExpectedHistogram } from '../golden-case.ts';
import type { ReadApi } from '../read-api.ts';
import { describeLabels, isSameValue, toMatchers } from './match.ts';

/** Observations of the matching histogram series over the whole window, for one agg. */
const sumPoints = async (
  api: ReadApi,
  expected: ExpectedHistogram,
  agg: 'count' | 'sum',
): Promise<number | undefined> => {
  const { series } = await api.queryRange({
    ...expected.labels,
    ...toMatchers(expected.resource),
    kpi: expected.kpi,
    platform: expected.platform,
    paradigm: expected.paradigm,
    agg,
    ...WINDOW,
  });
  const values = series.flatMap((entry) => entry.points.map(([, value]) => Number(value)));

  return values.length === 0 ? undefined : values.reduce((total, value) => total + value, 0);
};

/**
 * Count and sum of the observations, which is where a histogram's unit conversion shows (its
 * newest count is the same in ms and s). Cumulative series need two inputs to have any.
 */
export const checkHistograms = async (
  api: ReadApi,
  histograms: readonly ExpectedHistogram[],
): Promise<string[]> => {
  const problems: string[] = [];
  for (const expected of histograms) {
    const name = `${expected.kpi}${describeLabels(expected.labels ?? {})} on ${describeLabels({ platform: expected.platform, ...expected.resource })}`;
    const count = await sumPoints(api, expected, 'count');
    const sum = await sumPoints(api, expected, 'sum');
    if (!isSameValue(expected.count, count ?? null) || !isSameValue(expected.sum, sum ?? null)) {
      problems.push(
        `${name}: expected count ${expected.count} sum ${expected.sum}, ` +
          `got count ${String(count)} sum ${String(sum)}`,
      );
    }
  }

  return problems;
};
