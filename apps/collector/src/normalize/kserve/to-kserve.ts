import { createPromNormalizer } from '../create-normalizers.ts';
import { KSERVE_RULES } from '../rules/kserve.ts';

/** A KServe Python model server scrape → predict latency and request count per model. */
export const toKserveKpis = createPromNormalizer([KSERVE_RULES]);
