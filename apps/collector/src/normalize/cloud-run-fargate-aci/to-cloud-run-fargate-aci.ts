import { createOtlpNormalizer, createPromNormalizer } from '../create-normalizers.ts';
import { ACI_RULES, CLOUD_RUN_RULES, FARGATE_RULES } from '../rules/cloud-run-fargate-aci.ts';

const SETS = [CLOUD_RUN_RULES, FARGATE_RULES, ACI_RULES];

/** Cloud Run (GMP names), Fargate and ACI metrics bridged into Prometheus. */
export const toManagedServerlessKpis = createPromNormalizer(SETS);

/** The same platforms' metrics bridged into OTLP (Cloud Monitoring type as metric name). */
export const toManagedServerlessOtlpKpis = createOtlpNormalizer(SETS);
