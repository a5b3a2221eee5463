import { createPromNormalizer } from '../create-normalizers.ts';
import { TRITON_RULES } from '../rules/triton.ts';

/** A Triton `/metrics` scrape → request, latency (µs → s), queue and GPU KPIs. */
export const toTritonKpis = createPromNormalizer([TRITON_RULES]);
