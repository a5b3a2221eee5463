import { createPromNormalizer } from '../create-normalizers.ts';
import { GETH_RULES } from '../rules/geth.ts';

/** A geth `/debug/metrics/prometheus` scrape → chain height, peers, txpool and RPC KPIs. */
export const toGethKpis = createPromNormalizer([GETH_RULES]);
