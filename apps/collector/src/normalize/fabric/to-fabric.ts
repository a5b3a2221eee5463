import { createPromNormalizer } from '../create-normalizers.ts';
import { FABRIC_RULES } from '../rules/fabric.ts';

/** A Fabric peer operations `/metrics` scrape → ledger, endorsement and peer KPIs. */
export const toFabricKpis = createPromNormalizer([FABRIC_RULES]);
