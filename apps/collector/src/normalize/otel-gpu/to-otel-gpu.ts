import { createOtlpNormalizer } from '../create-normalizers.ts';
import { OTEL_GPU_RULES } from '../rules/otel-gpu.ts';

/** OTel hardware GPU metrics → GPU utilization, memory and energy KPIs. */
export const toOtelGpuKpis = createOtlpNormalizer([OTEL_GPU_RULES]);
