import type { SeriesFilters } from '@fleetlens/db';

import type { Matcher } from './rule-schema.ts';

/** Rule matchers as the query engine's filters: platform, paradigm and tenant have columns. */
export const toSeriesFilters = (matchers: readonly Matcher[]): SeriesFilters => {
  const filters: SeriesFilters = {};
  const rest: Record<string, string> = {};
  for (const { name, value } of matchers) {
    if (name === 'platform' || name === 'paradigm' || name === 'tenant') filters[name] = value;
    else rest[name] = value;
  }

  return { ...filters, matchers: rest };
};
