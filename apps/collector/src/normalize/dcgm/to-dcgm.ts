import { createPromNormalizer } from '../create-normalizers.ts';
import { DCGM_RULES } from '../rules/dcgm.ts';

/** A DCGM exporter scrape → GPU utilization (ratio), framebuffer (bytes), energy (J). */
export const toDcgmKpis = createPromNormalizer([DCGM_RULES]);
