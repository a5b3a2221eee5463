import type { FleetContext } from '../../fleet/context.ts';
import type { Entity } from '../../fleet/inventory/index.ts';
import { isActiveAt } from '../../fleet/lifecycle.ts';

/** One exporter endpoint the collector scrapes (and whose history is imported). */
export type PromTarget = {
  readonly id: string;
  readonly job: string;
  /** Platform hint: the scrape config's `platform:` and the import's `platform=`. */
  readonly platform: string;
  readonly metricsPath: string;
  /** Target labels, as relabeling would add them: node name, and paradigm on IoT gateways. */
  readonly labels: Readonly<Record<string, string>>;
  /** The machine it runs on, for node-offline. */
  readonly node?: string;
  readonly isActiveAt: (ctx: FleetContext, t: number) => boolean;
  readonly render: (ctx: FleetContext, t: number) => string;
};

export const always = (): boolean => true;

export const activeWith = (entity: Entity) => (ctx: FleetContext, t: number) =>
  isActiveAt(ctx, entity, t);
