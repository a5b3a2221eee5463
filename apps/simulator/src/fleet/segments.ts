import type { FleetContext } from './context.ts';
import type { StreamName } from './counters.ts';
import { countBetween } from './counters.ts';
import type { Segment } from './histogram.ts';
import type { EntityBase } from './types.ts';

/**
 * Splits the observations of `stream` in [from, to) at the instants where a scenario changes
 * their scale, so a cumulative histogram keeps what happened before a regression intact.
 */
export const segmentsBetween = (
  ctx: FleetContext,
  entity: EntityBase,
  stream: StreamName,
  from: number,
  to: number,
  edges: readonly number[],
  factorAt: (t: number) => number,
): Segment[] => {
  const inside = edges.filter((edge) => edge > from && edge < to).sort((a, b) => a - b);
  const points = [from, ...inside, to];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? from;
    const end = points[i + 1] ?? to;
    segments.push({
      count: countBetween(ctx, entity, stream, start, end),
      factor: factorAt(start),
    });
  }

  return segments;
};
