import type { AbsentSeries, ExpectedSample } from '../golden-case.ts';
import type { ApiSeries, ReadApi } from '../read-api.ts';
import { describeLabels, isSameValue, isSubset } from './match.ts';
import type { ResourceLookup } from './resources.ts';

const findSeries = async (
  api: ReadApi,
  resources: ResourceLookup,
  expected: Omit<ExpectedSample, 'value' | 'paradigm'> & { paradigm?: string },
): Promise<{ matching: ApiSeries[]; candidates: ApiSeries[] }> => {
  const candidates = await api.listSeries({
    kpi: expected.kpi,
    platform: expected.platform,
    paradigm: expected.paradigm,
    limit: '10000',
  });
  const matching: ApiSeries[] = [];
  for (const series of candidates) {
    if (!isSubset(expected.labels, series.labels)) continue;
    if (!isSubset(expected.resource, series.resource)) continue;
    if (expected.attributes !== undefined) {
      const resource = await resources(expected.platform, series.resource.id);
      if (!isSubset(expected.attributes, resource?.attributes ?? {})) continue;
    }
    matching.push(series);
  }

  return { matching, candidates };
};

const describeSeries = (series: ApiSeries): string =>
  `${series.kpi}${describeLabels(series.labels)} on ${describeLabels(series.resource)} = ` +
  `${String(series.latest?.value)}`;

const describeExpected = (expected: ExpectedSample | AbsentSeries): string =>
  `${expected.kpi}${describeLabels(expected.labels ?? {})} on ` +
  `${describeLabels({ platform: expected.platform, ...expected.resource })}`;

/** Each expected sample is exactly one series, and its newest value is the expected one. */
export const checkSamples = async (
  api: ReadApi,
  resources: ResourceLookup,
  samples: readonly ExpectedSample[],
): Promise<string[]> => {
  const problems: string[] = [];
  for (const expected of samples) {
    const { matching, candidates } = await findSeries(api, resources, expected);
    const [series, ...others] = matching;
    if (series === undefined) {
      const seen = candidates.map(describeSeries).join('; ') || 'none';
      problems.push(
        `missing ${describeExpected(expected)} [${expected.paradigm}]; ${expected.kpi} series of ${expected.platform}/${expected.paradigm}: ${seen}`,
      );
      continue;
    }
    if (others.length > 0) {
      problems.push(
        `ambiguous ${describeExpected(expected)}: ${matching.map(describeSeries).join('; ')}`,
      );
      continue;
    }
    const latest = series.latest;
    if (!isSameValue(expected.value, latest?.value ?? null)) {
      problems.push(
        `${describeExpected(expected)}: expected ${String(expected.value)}, got ${String(latest?.value)}`,
      );
    }
    if (expected.timestampMs !== undefined && latest?.timestampMs !== expected.timestampMs) {
      problems.push(
        `${describeExpected(expected)}: expected time ${expected.timestampMs}, got ${String(latest?.timestampMs)}`,
      );
    }
  }

  return problems;
};

/** Series the rules must skip (pause containers, idle summaries, …) are not stored at all. */
export const checkAbsent = async (
  api: ReadApi,
  resources: ResourceLookup,
  absent: readonly AbsentSeries[],
): Promise<string[]> => {
  const problems: string[] = [];
  for (const expected of absent) {
    const { matching } = await findSeries(api, resources, expected);
    if (matching.length > 0) {
      problems.push(`unexpected ${matching.map(describeSeries).join('; ')}`);
    }
  }

  return problems;
};
