import type { MetricData } from '@opentelemetry/sdk-metrics';

import type { LogSpec, SpanSpec } from './emit/otlp/event-specs.ts';
import { logSpecsIn, spanSpecsIn } from './emit/otlp/event-specs.ts';
import { encodeWriteRequest } from './emit/remote-write/encode.ts';
import { createNodeSeries } from './emit/remote-write/series.ts';
import type { Fleet } from './fleet/fleet.ts';
import { createFleet } from './fleet/fleet.ts';
import type { ActiveScenario } from './scenarios/types.ts';

/**
 * Pure renders of the fleet at an instant, for tests and tools: the same seed, origin and
 * scenarios give byte-identical output, whatever ran before.
 */
export type RenderOptions = {
  readonly seed: string | number;
  readonly originMs: number;
  readonly scenarios?: readonly ActiveScenario[];
};

export type FleetRender = {
  /** Prometheus text of every scrape target, by target id. */
  readonly prometheus: Readonly<Record<string, string>>;
  /** OTLP metric data of every source with one point at `t`, by source id. */
  readonly metrics: Readonly<Record<string, MetricData[]>>;
  /** The remote-write request body (before snappy) of every pushing node, by node id. */
  readonly remoteWrite: Readonly<Record<string, Uint8Array>>;
  /** Spans and log records of every event source for the window ending at `t`. */
  readonly spans: Readonly<Record<string, SpanSpec[]>>;
  readonly logs: Readonly<Record<string, LogSpec[]>>;
};

export const renderFleetAt = (
  fleet: Fleet,
  t: number,
  windowMs = 60_000,
  cap = 50,
): FleetRender => {
  const { ctx } = fleet;

  return {
    prometheus: Object.fromEntries(
      fleet.targets.filter((x) => x.isActiveAt(ctx, t)).map((x) => [x.id, x.render(ctx, t)]),
    ),
    metrics: Object.fromEntries(
      fleet.metricSources
        .filter((s) => s.isActiveAt(ctx, t))
        .map((s) => [s.id, s.collect(ctx, [t])]),
    ),
    remoteWrite: Object.fromEntries(
      fleet.remoteWriteNodes.map((node) => [
        node.id,
        encodeWriteRequest(createNodeSeries(ctx, node, t)),
      ]),
    ),
    spans: Object.fromEntries(
      fleet.eventSources.map((s) => [s.id, spanSpecsIn(ctx, s, t - windowMs, t, cap)]),
    ),
    logs: Object.fromEntries(
      fleet.eventSources.map((s) => [s.id, logSpecsIn(ctx, s, t - windowMs, t, cap)]),
    ),
  };
};

/** A fresh fleet for (seed, origin, scenarios) rendered at `t`. */
export const renderAt = (options: RenderOptions, t: number, windowMs?: number): FleetRender =>
  renderFleetAt(createFleet(options), t, windowMs);
