import { createPromNormalizer } from '../create-normalizers.ts';
import { MLFLOW_RULES } from '../rules/mlflow.ts';

/** An MLflow server `--expose-prometheus` scrape → HTTP latency, requests and 5xx errors. */
export const toMlflowKpis = createPromNormalizer([MLFLOW_RULES]);
