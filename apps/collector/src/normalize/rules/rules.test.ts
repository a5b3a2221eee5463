import { findKpi, findPlatform } from '@fleetlens/schema';
import { describe, expect, it } from 'vitest';

import { detectPromPlatform } from '../detect.ts';
import { DEFAULT_RULE_INDEX, RULE_SETS, RULES_VERSION } from './index.ts';
import type { MappingRule } from './types.ts';

const ALL_RULES = RULE_SETS.flatMap((set) => set.rules.map((rule) => ({ set, rule })));
const listNames = (rule: MappingRule) => [rule.match.metric, ...(rule.aliases ?? [])];
/** OTel names have dots (or a Cloud Monitoring path); Prometheus names never do. */
const isPrometheusName = (name: string) => !name.includes('.') && !name.includes('/');

describe('mapping rules as data', () => {
  it('has a version', () => {
    expect(RULES_VERSION).toMatch(/^\d{4}\.\d+$/);
  });

  it('maps only to catalog KPIs, with only the dimensions the catalog allows', () => {
    for (const { set, rule } of ALL_RULES) {
      const kpi = findKpi(rule.kpi);
      expect(kpi, `${set.family}: ${rule.kpi}`).toBeDefined();
      const keys = [...Object.keys(rule.labels ?? {}), ...Object.keys(rule.constLabels ?? {})];
      for (const key of keys) {
        expect(kpi?.dimensions, `${set.family} ${rule.match.metric} → ${rule.kpi}`).toContain(key);
      }
      for (const [key, value] of Object.entries(rule.constLabels ?? {})) {
        const allowed = kpi?.dimensionValues?.[key];
        if (allowed) expect(allowed).toContain(value);
      }
    }
  });

  it('reads histogram count/sum/mean only from histograms and summaries', () => {
    for (const { rule } of ALL_RULES) {
      if (rule.read !== undefined && rule.read !== 'distribution') {
        expect(['histogram', 'summary']).toContain(rule.shape);
      }
      const kind = findKpi(rule.kpi)?.kind;
      if (kind === 'histogram' && (rule.read ?? 'distribution') === 'distribution') {
        expect(
          rule.shape === 'histogram' || rule.shape === 'summary' || rule.countFrom,
        ).toBeTruthy();
      }
    }
  });

  it('gives every Prometheus name a platform the catalog knows', () => {
    for (const { set, rule } of ALL_RULES) {
      if (set.family === 'process') continue;
      for (const name of listNames(rule).filter(isPrometheusName)) {
        const platform = detectPromPlatform(name);
        expect(platform, name).toBeDefined();
        expect(findPlatform(platform ?? ''), name).toBeDefined();
      }
    }
  });

  it('finds renamed series under either name', () => {
    const pairs = [
      ['vllm:gpu_cache_usage_perc', 'vllm:kv_cache_usage_perc'],
      ['wasmcloud_host.actor.invocations', 'wasmcloud_host.component.invocations'],
      ['kn_serving_invocation_duration_seconds', 'kn.serving.invocation.duration'],
      ['kubelet_running_pod_count', 'kubelet_running_pods'],
      ['kn.queueproxy.app.duration', 'kn.serving.invocation.duration'],
      ['kn.queueproxy.depth', 'kn.serving.queue.depth'],
      ['wasmcloud_actor_invocations_total', 'wasmcloud_actor_invocations'],
      ['wasmcloud_actor_errors_total', 'wasmcloud_actor_errors'],
    ];
    for (const [old, current] of pairs) {
      const found = (name: string) =>
        DEFAULT_RULE_INDEX.findRules(name)?.map((e) => e.rule) ??
        DEFAULT_RULE_INDEX.findProposed(name);
      expect(found(old ?? ''), old).toEqual(found(current ?? ''));
    }
  });

  it('marks counter parts only on counters that another part of the family adds to', () => {
    for (const set of RULE_SETS) {
      const parts = set.rules.filter((rule) => rule.counterPart === true);
      for (const rule of parts) {
        expect(rule.shape, rule.match.metric).toBe('counter');
        const others = parts.filter((other) => other.kpi === rule.kpi && other !== rule);
        expect(others.length, `${set.family}: ${rule.match.metric}`).toBeGreaterThan(0);
      }
    }
  });

  it('never reads one name twice into the same KPI within a family', () => {
    for (const set of RULE_SETS) {
      const seen = new Set<string>();
      for (const rule of set.rules) {
        for (const name of listNames(rule)) {
          const key = `${name}→${rule.kpi}→${JSON.stringify(rule.match.where ?? [])}`;
          expect(seen.has(key), `${set.family}: ${key}`).toBe(false);
          seen.add(key);
        }
      }
    }
  });
});
