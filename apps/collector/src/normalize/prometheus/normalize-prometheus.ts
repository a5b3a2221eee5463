import type { Paradigm, Resource } from '@fleetlens/schema';

import type { PromMetricType, PromParseResult } from '../../decode/types.ts';
import { createBatchBuilder } from '../batch-builder.ts';
import { detectEdgeFromLabels } from '../detect-edge.ts';
import {
  detectBatchPlatform,
  detectPromPlatform,
  findKnownPlatform,
  isHostExporter,
  resolveParadigm,
} from '../detect.ts';
import type { Labels } from '../labels.ts';
import { createResourceCache, readResourceFields, toLabelResourceKey } from '../resource.ts';
import type { ResourceFields } from '../resource.ts';
import type { RuleEntry, RuleIndex } from '../rules/index.ts';
import type { RuleSet } from '../rules/types.ts';
import { LABEL_PARADIGM } from '../semconv.ts';
import { toNanoseconds } from '../time.ts';
import type { NormalizeContext, NormalizedBatch } from '../types.ts';
import { applyHistogramRule, applySummaryRule } from './apply-distribution.ts';
import { applyScalarRule } from './apply-scalar.ts';
import { findBatchEdge, findNodeEdge } from './batch-edge.ts';
import type { BatchEdge } from './batch-edge.ts';
import { collectHistogramSeries, collectSummarySeries } from './collect-series.ts';
import type { HistogramSeries, SummarySeries } from './collect-series.ts';
import { groupSamples } from './group-samples.ts';
import type { SampleGroup } from './group-samples.ts';
import { createLabelKeys } from './label-keys.ts';
import type { PromRuleEnv } from './rule-env.ts';
import { createSiblingLookup } from './siblings.ts';

/** The resources of one labels object, by rule set (nearly always just one). */
type KnownResource = { set: RuleSet; resource: Resource; next: KnownResource | undefined };

/** The family TYPE decides; only an untyped family lets the rule decide. */
const isReadable = (type: PromMetricType | undefined, rule: RuleEntry['rule']): boolean =>
  type === undefined || type === rule.shape || (rule.acceptTypes ?? []).some((t) => t === type);

const createTimestamps = (receivedAtNs: bigint) => {
  let lastMs: number | undefined;
  let lastNs = receivedAtNs;

  return (timestampMs: number | undefined): bigint => {
    if (timestampMs === undefined) return receivedAtNs;
    if (timestampMs !== lastMs)
      [lastMs, lastNs] = [timestampMs, toNanoseconds(timestampMs, receivedAtNs)];

    return lastNs;
  };
};

/** Applies every rule the family TYPE allows; false when none could read the group. */
const applyGroup = (group: SampleGroup, env: PromRuleEnv): boolean => {
  let histograms: HistogramSeries[] | undefined;
  let summaries: SummarySeries[] | undefined;
  let applied = false;
  for (const entry of group.entries) {
    if (!isReadable(group.type, entry.rule)) continue;
    applied = true;
    if (entry.rule.shape === 'histogram') {
      histograms ??= collectHistogramSeries(group.samples, group.name);
      applyHistogramRule(entry, histograms, env);
    } else if (entry.rule.shape === 'summary') {
      summaries ??= collectSummarySeries(group.samples, group.name);
      applySummaryRule(entry, summaries, env);
    } else {
      applyScalarRule(group, entry, env);
    }
  }

  return applied;
};

/**
 * Prometheus text, OpenMetrics and remote-write samples → KPIs, with the rules of `index`.
 * Platform: the scrape's hint, else the family's own exporter, else the batch's platform;
 * host exporters (cAdvisor, node_exporter) become the edge distribution their node runs.
 */
export const normalizePromWith = (
  index: RuleIndex,
  result: PromParseResult,
  ctx: NormalizeContext,
): NormalizedBatch => {
  const builder = createBatchBuilder();
  const source = ctx.job ?? ctx.source;
  const grouped = groupSamples(result, index);
  for (const [family, count] of grouped.unmapped) builder.addUnmapped(source, family, count);
  if (grouped.groups.size === 0) return builder.finish();

  const hint = findKnownPlatform(ctx.platformHint);
  const batchPlatform = detectBatchPlatform(grouped.familyNames);
  let batchEdge: BatchEdge | undefined;
  const findEdge = (node: string | undefined) =>
    findNodeEdge((batchEdge ??= findBatchEdge(result.samples)), node);
  const cache = createResourceCache(ctx.tenant);

  // Per batch: a node's distribution and a platform's paradigm are the same for every series.
  const edgeByNode = new Map<string, string | undefined>();
  // By platform, then by the explicit paradigm label ('' reads as none).
  const paradigms = new Map<string, Map<string, Paradigm>>();
  const findParadigm = (platform: string, explicit: string | undefined): Paradigm => {
    let byExplicit = paradigms.get(platform);
    if (byExplicit === undefined) {
      byExplicit = new Map();
      paradigms.set(platform, byExplicit);
    }
    let paradigm = byExplicit.get(explicit ?? '');
    if (paradigm === undefined) {
      paradigm = resolveParadigm(platform, explicit, ctx.paradigmHint) ?? 'container';
      byExplicit.set(explicit ?? '', paradigm);
    }

    return paradigm;
  };
  const findHostPlatform = (labels: Labels, fields: ResourceFields, platform: string) => {
    const node = fields.node ?? '';
    if (!edgeByNode.has(node)) edgeByNode.set(node, detectEdgeFromLabels(labels));

    return edgeByNode.get(node) ?? findEdge(fields.node) ?? platform;
  };

  const createResourceFinder = (platform: string) => {
    const isHost = hint === undefined && isHostExporter(platform);

    // The decoder interns label sets, so one labels object often recurs across families:
    // its resource is found by identity before any key is built.
    const byLabels = new Map<Labels, KnownResource>();

    return (labels: Labels, set: RuleSet): Resource => {
      const known = byLabels.get(labels);
      for (let entry = known; entry !== undefined; entry = entry.next) {
        if (entry.set === set) return entry.resource;
      }
      const explicit = labels[LABEL_PARADIGM];
      const key = toLabelResourceKey(labels, set, platform, explicit);
      let resource = cache.find(key);
      if (resource === undefined) {
        const fields = readResourceFields(labels, set, ctx);
        const actual = isHost ? findHostPlatform(labels, fields, platform) : platform;
        resource = cache.create(key, actual, findParadigm(actual, explicit), fields);
      }
      byLabels.set(labels, { set, resource, next: known });

      return resource;
    };
  };
  const shared: Omit<PromRuleEnv, 'resourceOf'> = {
    builder,
    toNs: createTimestamps(ctx.receivedAtNs),
    findSibling: createSiblingLookup(grouped.siblings, createLabelKeys()),
  };
  // One environment per platform, made the first time a group of that platform needs it.
  const envs = new Map<string, PromRuleEnv>();
  const envFor = (platform: string): PromRuleEnv => {
    let env = envs.get(platform);
    if (env === undefined) {
      env = { ...shared, resourceOf: createResourceFinder(platform) };
      envs.set(platform, env);
    }

    return env;
  };

  for (const group of grouped.groups.values()) {
    const platform = hint ?? detectPromPlatform(group.name) ?? batchPlatform;
    if (platform === undefined) {
      builder.addUnmapped(source, group.name, group.samples.length);
      continue;
    }
    if (!applyGroup(group, envFor(platform))) {
      builder.addUnmapped(source, group.name, group.samples.length);
    }
  }

  return builder.finish();
};
