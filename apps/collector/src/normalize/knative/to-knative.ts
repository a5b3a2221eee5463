import { createOtlpNormalizer, createPromNormalizer } from '../create-normalizers.ts';
import {
  KNATIVE_ACTIVATOR_RULES,
  KNATIVE_AUTOSCALER_RULES,
  KNATIVE_OTEL_RULES,
  KNATIVE_QUEUE_PROXY_RULES,
} from '../rules/knative.ts';

const KNATIVE_RULE_SETS = [
  KNATIVE_QUEUE_PROXY_RULES,
  KNATIVE_ACTIVATOR_RULES,
  KNATIVE_AUTOSCALER_RULES,
  KNATIVE_OTEL_RULES,
];

/** Knative Serving scrape, ≤1.18 OpenCensus names (ms) or ≥1.19 OTel names (s). */
export const toKnativeKpis = createPromNormalizer(KNATIVE_RULE_SETS);

/** Knative Serving ≥1.19 pushing OTLP. */
export const toKnativeOtlpKpis = createOtlpNormalizer(KNATIVE_RULE_SETS);
