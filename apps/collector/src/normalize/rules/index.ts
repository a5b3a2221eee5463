import { CORDA_RULES } from './corda.ts';
import { CADVISOR_RULES, KUBELET_RULES, NODE_EXPORTER_RULES } from './cadvisor-kubelet-node.ts';
import { ACI_RULES, CLOUD_RUN_RULES, FARGATE_RULES } from './cloud-run-fargate-aci.ts';
import { DCGM_RULES } from './dcgm.ts';
import { FABRIC_RULES } from './fabric.ts';
import { GETH_RULES } from './geth.ts';
import {
  KNATIVE_ACTIVATOR_RULES,
  KNATIVE_AUTOSCALER_RULES,
  KNATIVE_OTEL_RULES,
  KNATIVE_QUEUE_PROXY_RULES,
} from './knative.ts';
import { KSERVE_RULES } from './kserve.ts';
import { LAMBDA_RULES } from './lambda.ts';
import { MLFLOW_RULES } from './mlflow.ts';
import { OTEL_FAAS_RULES } from './otel-faas.ts';
import { OTEL_GPU_RULES } from './otel-gpu.ts';
import { OTEL_K8S_CONTAINER_PROCESS_RULES } from './otel-k8s-container-process.ts';
import { SELDON_RULES } from './seldon.ts';
import { TF_SERVING_RULES } from './tf-serving.ts';
import { TRITON_RULES } from './triton.ts';
import type { MappingRule, ProposedRule, RuleSet } from './types.ts';
import { VLLM_RULES } from './vllm.ts';
import { PROCESS_RULES, SPIN_RULES, WASMCLOUD_RULES } from './wasm.ts';

/**
 * Version of the mapping rules as a whole. Bump it whenever a rule is added, removed or
 * changes meaning, so stored data can say which rules produced it.
 */
export const RULES_VERSION = '2025.1';

export const RULE_SETS: readonly RuleSet[] = [
  OTEL_FAAS_RULES,
  OTEL_K8S_CONTAINER_PROCESS_RULES,
  OTEL_GPU_RULES,
  LAMBDA_RULES,
  KNATIVE_QUEUE_PROXY_RULES,
  KNATIVE_ACTIVATOR_RULES,
  KNATIVE_AUTOSCALER_RULES,
  KNATIVE_OTEL_RULES,
  CLOUD_RUN_RULES,
  FARGATE_RULES,
  ACI_RULES,
  WASMCLOUD_RULES,
  SPIN_RULES,
  PROCESS_RULES,
  CADVISOR_RULES,
  KUBELET_RULES,
  NODE_EXPORTER_RULES,
  TRITON_RULES,
  TF_SERVING_RULES,
  KSERVE_RULES,
  VLLM_RULES,
  SELDON_RULES,
  MLFLOW_RULES,
  DCGM_RULES,
  FABRIC_RULES,
  GETH_RULES,
  CORDA_RULES,
];

export type RuleEntry = { readonly rule: MappingRule; readonly set: RuleSet };

/** Lookup by exact series name: one Map probe per family, never a scan of all rules. */
export type RuleIndex = {
  readonly findRules: (name: string) => readonly RuleEntry[] | undefined;
  /** A recognised series whose KPI the catalog lacks: its canonical name. */
  readonly findProposed: (name: string) => ProposedRule | undefined;
  /** Series read only as a sibling of another (counts, subtrahends). */
  readonly isSibling: (name: string) => boolean;
};

const listNames = (rule: { match: { metric: string }; aliases?: readonly string[] }) => [
  rule.match.metric,
  ...(rule.aliases ?? []),
];

export const createRuleIndex = (sets: readonly RuleSet[]): RuleIndex => {
  const byName = new Map<string, RuleEntry[]>();
  const proposed = new Map<string, ProposedRule>();
  const siblings = new Set<string>();
  for (const set of sets) {
    for (const rule of set.rules) {
      for (const name of listNames(rule)) {
        const entries = byName.get(name) ?? [];
        entries.push({ rule, set });
        byName.set(name, entries);
      }
      for (const sibling of [...(rule.countFrom ?? []), rule.countSibling, rule.subtract]) {
        if (sibling !== undefined) siblings.add(sibling);
      }
    }
    for (const rule of set.proposed ?? []) {
      for (const name of listNames(rule)) proposed.set(name, rule);
    }
  }

  return {
    findRules: (name) => byName.get(name),
    findProposed: (name) => proposed.get(name),
    isSibling: (name) => siblings.has(name),
  };
};

export const DEFAULT_RULE_INDEX: RuleIndex = createRuleIndex(RULE_SETS);
