import { createPromNormalizer } from '../create-normalizers.ts';
import { VLLM_RULES } from '../rules/vllm.ts';

/** A vLLM `/metrics` scrape → latency, queue, token and request KPIs per model. */
export const toVllmKpis = createPromNormalizer([VLLM_RULES]);
