import { createOtlpNormalizer } from '../create-normalizers.ts';
import { OTEL_FAAS_RULES } from '../rules/otel-faas.ts';

/** OTel FaaS semconv metrics (Lambda extension, Azure Functions, …) → serverless KPIs. */
export const toOtelFaasKpis = createOtlpNormalizer([OTEL_FAAS_RULES]);
