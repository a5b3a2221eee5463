import type { ColdStartReader, ColdStartRow } from '@fleetlens/db';
import { PLATFORM_IDS } from '@fleetlens/schema';

import type { ColdStartParams, Matcher } from '../rules/rule-schema.ts';
import type { Observation } from '../types.ts';
import { capPerMinute } from './cap-per-minute.ts';
import { compareDistributions } from './compare.ts';
import { precedingWindow, recentWindow, seasonalWindows, windowToJson } from './windows.ts';
import type { Window } from './windows.ts';

export type ColdStartRule = {
  windowSeconds: number;
  matchers: Matcher[];
  params: ColdStartParams;
};

type GroupKey = { platform: string; workload?: string };

const matches = (row: ColdStartRow, matchers: readonly Matcher[]): boolean =>
  matchers.every((matcher) => (row[matcher.name as keyof ColdStartRow] ?? '') === matcher.value);

const labelsOf = (group: GroupKey): Record<string, string> =>
  group.workload === undefined
    ? { platform: group.platform }
    : { platform: group.platform, workload: group.workload };

/**
 * The cold-start regression detector over the exact cold_start events, per platform and (with
 * byWorkload) per platform and workload. For each group it compares the recent window with a
 * baseline (see windows.ts) by compareDistributions. `anchorOf` gives the time an active alert
 * of the group started, which freezes the fallback baseline before the regression.
 */
export const detectColdStartRegressions = ({
  read,
  rule,
  atNs,
  anchorOf,
  platforms = PLATFORM_IDS,
}: {
  read: ColdStartReader;
  rule: ColdStartRule;
  atNs: bigint;
  anchorOf: (labels: Record<string, string>) => bigint | undefined;
  platforms?: readonly string[];
}): Observation[] => {
  const { params, windowSeconds } = rule;
  const wantedPlatform = rule.matchers.find((matcher) => matcher.name === 'platform')?.value;
  const observations: Observation[] = [];
  for (const platform of platforms) {
    if (wantedPlatform !== undefined && platform !== wantedPlatform) continue;
    const cache = new Map<string, ColdStartRow[]>();
    const rowsIn = (window: Window): ColdStartRow[] => {
      const key = `${window.fromNs}:${window.toNs}`;
      let rows = cache.get(key);
      if (rows === undefined) {
        rows = read(platform, window.fromNs, window.toNs).filter((row) =>
          matches(row, rule.matchers),
        );
        cache.set(key, rows);
      }

      return rows;
    };
    const recent = recentWindow(atNs, windowSeconds);
    const recentRows = rowsIn(recent);
    const groups: GroupKey[] = [{ platform }];
    if (params.byWorkload) {
      const workloads = new Set(recentRows.flatMap((row) => row.workload ?? []));
      for (const workload of [...workloads].sort()) groups.push({ platform, workload });
    }
    for (const group of groups) {
      const labels = labelsOf(group);
      const anchor = anchorOf(labels);
      const ofGroup = (rows: ColdStartRow[]): number[] =>
        capPerMinute(
          group.workload === undefined
            ? rows
            : rows.filter((row) => row.workload === group.workload),
          params.maxPerMinute,
        ).map((row) => row.durationSeconds);
      // A sparse group's recent window grows by whole windows until it holds targetSamples.
      const maxSteps = Math.max(1, Math.floor(params.maxWindowSeconds / windowSeconds));
      let recentSeconds = windowSeconds;
      let recentValues = ofGroup(recentRows);
      for (let step = 2; step <= maxSteps && recentValues.length < params.targetSamples; step++) {
        recentSeconds = windowSeconds * step;
        recentValues = ofGroup(rowsIn(recentWindow(atNs, recentSeconds)));
      }
      // Too few recent cold starts: nothing to decide, unless an alert waits for an answer.
      if (recentValues.length < params.minSamples && anchor === undefined) continue;

      const seasonal = seasonalWindows(atNs, recentSeconds, params);
      let baselineWindows = seasonal;
      let baselineValues = seasonal.flatMap((window) => ofGroup(rowsIn(window)));
      let baselineKind = 'seasonal';
      if (baselineValues.length < params.minBaselineSamples) {
        const preceding = precedingWindow(anchor ?? atNs, recentSeconds, params);
        baselineWindows = [preceding];
        baselineValues = ofGroup(rowsIn(preceding));
        baselineKind = 'preceding';
      }
      const comparison = compareDistributions(recentValues, baselineValues, params);
      observations.push({
        labels,
        condition: comparison.condition,
        value: Number.isFinite(comparison.increase) ? comparison.increase : null,
        evidence: {
          method: 'quantile increase and one-sided Mann–Whitney U test',
          ...comparison.evidence,
          recentWindow: windowToJson(recentWindow(atNs, recentSeconds)),
          baselineKind,
          baselineWindows: baselineWindows.map(windowToJson),
          thresholds: {
            minIncrease: params.minIncrease,
            alpha: params.alpha,
            minSamples: params.minSamples,
            minBaselineSamples: params.minBaselineSamples,
          },
        },
      });
    }
  }

  return observations;
};
