import { createHash } from 'node:crypto';

import { canonicalJson } from '@fleetlens/db';

/** Identity of an alert within its rule: its group labels, not the rule's name or severity. */
export const fingerprintOf = (labels: Record<string, string>): string =>
  createHash('sha1').update(canonicalJson(labels)).digest('hex').slice(0, 16);
