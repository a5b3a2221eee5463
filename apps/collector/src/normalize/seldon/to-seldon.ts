import { createPromNormalizer } from '../create-normalizers.ts';
import { SELDON_RULES } from '../rules/seldon.ts';

/** A Seldon Core v1 executor scrape → request latency, requests and 5xx errors. */
export const toSeldonKpis = createPromNormalizer([SELDON_RULES]);
