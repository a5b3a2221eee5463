import type { MetricData } from '@opentelemetry/sdk-metrics';

import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import { logNormalOf, toCumulativeHistogram } from '../../fleet/histogram.ts';
import type { WasmComponent, WasmHost } from '../../fleet/inventory/wasm.ts';
import { isActiveAt, lastStartAt } from '../../fleet/lifecycle.ts';
import { rateAt } from '../../fleet/load.ts';
import { processStatsOf } from '../prom/process-stats.ts';
import { gaugeOf, histogramOf, pointOf, sumOf, toHistogramValue } from './metric-data.ts';

/** process.* of the host embedding the engine (hostmetrics' process scraper names). */
export const createProcessMetrics = (
  ctx: FleetContext,
  host: WasmHost,
  instants: readonly number[],
): MetricData[] => {
  const stats = instants.map((t) => ({
    t,
    start: lastStartAt(ctx, host, t),
    ...processStatsOf(ctx, host, t, {
      cpuPerRequest: host.cpuPerRequest,
      residentBytes: host.baseMemoryBytes,
    }),
  }));

  return [
    sumOf(
      'process.cpu.time',
      's',
      'Total CPU seconds broken down by different CPU modes.',
      stats.flatMap((s) => [
        pointOf(s.start, s.t, { 'cpu.mode': 'user' }, s.cpuSeconds * 0.83),
        pointOf(s.start, s.t, { 'cpu.mode': 'system' }, s.cpuSeconds * 0.17),
      ]),
    ),
    sumOf(
      'process.memory.usage',
      'By',
      'The amount of physical memory in use.',
      stats.map((s) => pointOf(s.start, s.t, {}, s.residentBytes)),
      { isMonotonic: false, isInt: true },
    ),
    sumOf(
      'process.memory.virtual',
      'By',
      'The amount of committed virtual memory.',
      stats.map((s) => pointOf(s.start, s.t, {}, s.virtualBytes)),
      { isMonotonic: false, isInt: true },
    ),
  ];
};

const CPU_BOUNDS = [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1];
const MEMORY_BOUNDS = [1, 2, 4, 8, 16, 32, 64, 128].map((mib) => mib * 1_048_576);

/** Spin's per-component execution metrics: CPU time and memory of each instance. */
export const createSpinMetrics = (
  ctx: FleetContext,
  app: WasmHost,
  components: readonly WasmComponent[],
  instants: readonly number[],
): MetricData[] => {
  const points = (
    metric: (component: WasmComponent, t: number) => ReturnType<typeof toHistogramValue>,
  ) =>
    instants.flatMap((t) =>
      components
        .filter((component) => isActiveAt(ctx, component, t))
        .map((component) =>
          pointOf(
            lastStartAt(ctx, component, t),
            t,
            { component_id: component.name },
            metric(component, t),
          ),
        ),
    );
  const observed = (component: WasmComponent, t: number) => [
    { count: totalAt(ctx, component, 'requests', t), factor: 1 },
  ];

  return [
    histogramOf(
      'spin.component_cpu_time',
      's',
      'CPU time used by a component instance',
      points((c, t) =>
        toHistogramValue(
          toCumulativeHistogram(
            observed(c, t),
            logNormalOf({ median: c.latency.median * 0.6, sigma: 0.5 }),
            CPU_BOUNDS,
          ),
        ),
      ),
    ),
    histogramOf(
      'spin.component_memory_used',
      'By',
      'Memory used by a component instance',
      points((c, t) =>
        toHistogramValue(
          toCumulativeHistogram(
            observed(c, t),
            logNormalOf({ median: c.memoryBytes, sigma: 0.2 }),
            MEMORY_BOUNDS,
          ),
        ),
      ),
    ),
  ];
};

const RPC_NS_BOUNDS = [
  50_000, 100_000, 250_000, 500_000, 1e6, 2.5e6, 5e6, 1e7, 2.5e7, 5e7, 1e8, 2.5e8,
];

/** A current wasmCloud host (meter `wasmcloud_host`): per-component invocations and latency. */
export const createWasmcloudMetrics = (
  ctx: FleetContext,
  host: WasmHost,
  components: readonly WasmComponent[],
  instants: readonly number[],
): MetricData[] => {
  const rows = instants.flatMap((t) =>
    components
      .filter((component) => isActiveAt(ctx, component, t))
      .map((component) => ({
        t,
        component,
        start: lastStartAt(ctx, component, t),
        attributes: {
          'component.id': component.name,
          'component.ref': component.ref,
          lattice: host.lattice ?? 'default',
          host: host.hostName,
          operation: 'wasi:http/incoming-handler.handle',
        },
      })),
  );
  const ns = (c: WasmComponent) =>
    logNormalOf({ median: c.latency.median * 1e9, sigma: c.latency.sigma });

  return [
    histogramOf(
      'wasmcloud_host.handle_rpc_message.duration',
      'nanoseconds',
      'Duration of handling an RPC message',
      rows.map((r) =>
        pointOf(
          r.start,
          r.t,
          r.attributes,
          toHistogramValue(
            toCumulativeHistogram(
              [{ count: totalAt(ctx, r.component, 'requests', r.t), factor: 1 }],
              ns(r.component),
              RPC_NS_BOUNDS,
            ),
          ),
        ),
      ),
    ),
    sumOf(
      'wasmcloud_host.component.invocations',
      '{invocation}',
      'Number of component invocations',
      rows.map((r) =>
        pointOf(r.start, r.t, r.attributes, Math.floor(totalAt(ctx, r.component, 'requests', r.t))),
      ),
      { isInt: true },
    ),
    sumOf(
      'wasmcloud_host.component.invocation.errors',
      '{error}',
      'Number of component invocation errors',
      rows.map((r) =>
        pointOf(r.start, r.t, r.attributes, Math.floor(totalAt(ctx, r.component, 'errors', r.t))),
      ),
      { isInt: true },
    ),
    sumOf(
      'wasmcloud_host.component.active_instances',
      '{instance}',
      'Number of active component instances',
      rows.map((r) =>
        pointOf(
          r.start,
          r.t,
          r.attributes,
          Math.max(1, Math.ceil(rateAt(ctx, r.component, r.t) / 50)),
        ),
      ),
      { isMonotonic: false, isInt: true },
    ),
    gaugeOf(
      'wasmcloud_host.process.memory.used.bytes',
      'By',
      'Memory used on the host machine',
      instants.map((t) => pointOf(lastStartAt(ctx, host, t), t, {}, 6.2e9)),
    ),
  ];
};
