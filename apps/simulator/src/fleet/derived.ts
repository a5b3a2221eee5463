import type { FleetContext } from './context.ts';
import { totalAt } from './counters.ts';
import type { EntityBase } from './types.ts';

/**
 * Another quantity that accumulates like traffic (CPU seconds, bytes, transactions): the
 * entity's own load shape, lifecycle and restarts, with its own mean rate and noise.
 */
export const derive = (
  entity: EntityBase,
  suffix: string,
  baseRate: number,
  overrides: Partial<EntityBase> = {},
): EntityBase => ({
  ...entity,
  id: `${entity.id}#${suffix}`,
  load: { ...entity.load, baseRate },
  cold: undefined,
  ...overrides,
});

/** The counter of a derived quantity since the entity's last start. */
export const derivedTotal = (
  ctx: FleetContext,
  entity: EntityBase,
  suffix: string,
  baseRate: number,
  t: number,
): number => totalAt(ctx, derive(entity, suffix, baseRate), 'requests', t);
