import { quantile } from '@fleetlens/db';
import type { WindowSeries } from '@fleetlens/db';

import type { Reducer } from './rule-schema.ts';

/** Growth of one series with counter resets handled: a drop counts the new value from zero. */
const increaseOf = (values: readonly number[]): number => {
  let total = 0;
  for (let i = 1; i < values.length; i++) {
    const previous = values[i - 1] as number;
    const value = values[i] as number;
    total += value >= previous ? value - previous : value;
  }

  return total;
};

const newest = (series: WindowSeries): { timeMs: number; value: number } => ({
  timeMs: series.timesMs[series.timesMs.length - 1] ?? -Infinity,
  value: series.values[series.values.length - 1] ?? Number.NaN,
});

/**
 * One value per group from the window's series. Event windows are one series of event values,
 * so count is the number of events and rate/increase count events as well.
 */
export const reduceWindow = (
  reducer: Reducer,
  series: readonly WindowSeries[],
  windowSeconds: number,
  isEvents: boolean,
): number => {
  const all = series.flatMap((entry) => entry.values);
  switch (reducer) {
    case 'avg':
      return all.reduce((sum, value) => sum + value, 0) / all.length;
    case 'min':
      return Math.min(...all);
    case 'max':
      return Math.max(...all);
    case 'count':
      return all.length;
    case 'last':
      return series.map(newest).reduce((a, b) => (b.timeMs > a.timeMs ? b : a)).value;
    case 'sum':
      return series.reduce((sum, entry) => sum + newest(entry).value, 0);
    case 'increase':
      return isEvents
        ? all.length
        : series.reduce((sum, entry) => sum + increaseOf(entry.values), 0);
    case 'rate':
      return (
        (isEvents ? all.length : series.reduce((sum, entry) => sum + increaseOf(entry.values), 0)) /
        windowSeconds
      );
    case 'p50':
      return quantile(0.5, all);
    case 'p95':
      return quantile(0.95, all);
    case 'p99':
      return quantile(0.99, all);
  }
};
