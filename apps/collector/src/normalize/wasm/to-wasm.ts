import { createOtlpNormalizer, createPromNormalizer } from '../create-normalizers.ts';
import { OTEL_K8S_CONTAINER_PROCESS_RULES } from '../rules/otel-k8s-container-process.ts';
import { PROCESS_RULES, SPIN_RULES, WASMCLOUD_RULES } from '../rules/wasm.ts';

/** wasmCloud (both generations) and Wasm host processes scraped as Prometheus. */
export const toWasmKpis = createPromNormalizer([WASMCLOUD_RULES, PROCESS_RULES]);

/** wasmCloud host metrics, Spin per-component metrics and host process metrics over OTLP. */
export const toWasmOtlpKpis = createOtlpNormalizer([
  WASMCLOUD_RULES,
  SPIN_RULES,
  OTEL_K8S_CONTAINER_PROCESS_RULES,
]);
