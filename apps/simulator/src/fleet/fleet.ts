import type { EventSource } from '../emit/otlp/event-sources.ts';
import { createEventSources } from '../emit/otlp/event-sources.ts';
import type { MetricSource } from '../emit/otlp/sources.ts';
import { createMetricSources } from '../emit/otlp/sources.ts';
import type { PromTarget } from '../emit/prom/target.ts';
import { createPromTargets } from '../emit/prom/targets.ts';
import type { ActiveScenario } from '../scenarios/types.ts';
import type { FleetContext } from './context.ts';
import { createContext } from './context.ts';
import type { Inventory, NodeEntity } from './inventory/index.ts';
import { createInventory } from './inventory/index.ts';

/** The whole simulated fleet: its model context and every way it reaches the collector. */
export type Fleet = {
  readonly ctx: FleetContext;
  readonly inventory: Inventory;
  /** Prometheus endpoints the collector scrapes (history goes through the text import). */
  readonly targets: readonly PromTarget[];
  /** Edge nodes that push with remote-write instead of being scraped. */
  readonly remoteWriteNodes: readonly NodeEntity[];
  /** OTLP metric producers, one resource each. */
  readonly metricSources: readonly MetricSource[];
  /** Span and log producers. */
  readonly eventSources: readonly EventSource[];
};

export const createFleet = (options: {
  seed: string | number;
  originMs: number;
  spanDays?: number;
  scenarios?: readonly ActiveScenario[];
}): Fleet => {
  const ctx = createContext(options);
  const inventory = createInventory(ctx.seed);

  return {
    ctx,
    inventory,
    targets: createPromTargets(inventory),
    remoteWriteNodes: inventory.ofKind('node').filter((node) => node.transport === 'remote-write'),
    metricSources: createMetricSources(inventory),
    eventSources: createEventSources(inventory),
  };
};
