import type { FleetContext } from '../../fleet/context.ts';
import { derivedTotal } from '../../fleet/derived.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import { jitterAt } from '../../fleet/load.ts';
import type { EntityBase } from '../../fleet/types.ts';
import type { ProcessStats } from './families.ts';

/**
 * The process behind an entity: CPU time grows with its traffic (`cpuPerRequest` seconds per
 * request on top of an idle floor), resident memory wobbles around its size.
 */
export const processStatsOf = (
  ctx: FleetContext,
  entity: EntityBase,
  t: number,
  {
    cpuPerRequest,
    idleCores = 0.02,
    residentBytes,
  }: { cpuPerRequest: number; idleCores?: number; residentBytes: number },
): ProcessStats => {
  const start = lastStartAt(ctx, entity, t);
  const busy = derivedTotal(ctx, entity, 'process-cpu', entity.load.baseRate * cpuPerRequest, t);

  return {
    cpuSeconds: busy + (idleCores * (t - start)) / 1000,
    residentBytes: Math.round(residentBytes * jitterAt(ctx, entity.id, 'rss', t, 0.04)),
    virtualBytes: Math.round(residentBytes * 3.2 + 1.2e9),
    startSeconds: Math.floor(start / 1000) + 0.41,
    openFds: 40 + Math.round(20 * jitterAt(ctx, entity.id, 'fds', t, 0.2)),
  };
};
