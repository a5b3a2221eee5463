import { findPlatform } from '@fleetlens/schema';

import type { GroupBy } from '@/server/routers/comparison-measures.ts';

/** A paradigm in the reader's language, a platform by its display name. */
export const groupLabel = (by: GroupBy, group: string, t: (key: string) => string): string =>
  by === 'paradigm' ? t(`paradigm.${group}`) : (findPlatform(group)?.displayName ?? group);
