import { createPromNormalizer } from '../create-normalizers.ts';
import { CORDA_RULES } from '../rules/corda.ts';

/** A Corda node read through the Prometheus JMX exporter → flow starts as requests. */
export const toCordaKpis = createPromNormalizer([CORDA_RULES]);
