import { createOtlpNormalizer } from '../create-normalizers.ts';
import { OTEL_K8S_CONTAINER_PROCESS_RULES } from '../rules/otel-k8s-container-process.ts';

/** kubeletstats / hostmetrics OTLP → CPU time and memory of pods, containers, processes. */
export const toOtelK8sContainerProcessKpis = createOtlpNormalizer([
  OTEL_K8S_CONTAINER_PROCESS_RULES,
]);
