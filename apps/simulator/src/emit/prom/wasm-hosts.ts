import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import type { WasmComponent, WasmHost } from '../../fleet/inventory/wasm.ts';
import { isActiveAt, lastStartAt } from '../../fleet/lifecycle.ts';
import { rateAt } from '../../fleet/load.ts';
import { writeProcessFamilies } from './families.ts';
import { formatRust } from './format.ts';
import { processStatsOf } from './process-stats.ts';
import { createTextWriter } from './text.ts';

/**
 * A wasmCloud 0.x host's Prometheus endpoint (Rust prometheus crate): per-actor invocation,
 * error and scale series, plus host gauges. The always-0 `wasmcloud_host_labels` counter only
 * carries the host's labels.
 */
export const renderWasmcloudLegacy = (
  ctx: FleetContext,
  host: WasmHost,
  components: readonly WasmComponent[],
  t: number,
): string => {
  const w = createTextWriter({ format: formatRust });
  const active = components.filter((component) => isActiveAt(ctx, component, t));
  const labels = (component: WasmComponent) =>
    [
      ['actor', component.name],
      ['host', host.hostName],
      ['lattice', host.lattice ?? 'default'],
    ] as const;

  w.comment('NOTE host metrics are exported once per lattice; actor metrics once per host');
  w.family('wasmcloud_actor_errors', 'counter', 'Number of actor invocation errors');
  for (const c of active)
    w.sample('wasmcloud_actor_errors', labels(c), Math.floor(totalAt(ctx, c, 'errors', t)));
  w.family('wasmcloud_actor_invocations', 'counter', 'Number of actor invocations');
  for (const c of active)
    w.sample('wasmcloud_actor_invocations', labels(c), Math.floor(totalAt(ctx, c, 'requests', t)));
  w.family('wasmcloud_actor_scale', 'gauge', 'Number of running actor instances');
  for (const c of active)
    w.sample('wasmcloud_actor_scale', labels(c), Math.max(1, Math.ceil(rateAt(ctx, c, t) / 40)));
  w.family('wasmcloud_host_cache_size_kb', 'gauge', 'Size of the actor cache in KB');
  w.sample('wasmcloud_host_cache_size_kb', [['host', host.hostName]], 2048 * active.length);
  w.family('wasmcloud_host_labels', 'counter', 'Host labels');
  w.sample(
    'wasmcloud_host_labels',
    [
      ['host', host.hostName],
      ['hostcore_arch', 'x86_64'],
      ['hostcore_os', 'linux'],
    ],
    0,
  );
  w.family('wasmcloud_host_uptime_sec', 'gauge', 'Host uptime in seconds');
  w.sample(
    'wasmcloud_host_uptime_sec',
    [['host', host.hostName]],
    Math.floor((t - lastStartAt(ctx, host, t)) / 1000),
  );

  return w.text();
};

/** A WasmEdge embedder service: only its Prometheus client's process collector. */
export const renderWasmHostProcess = (ctx: FleetContext, host: WasmHost, t: number): string => {
  const w = createTextWriter({ format: formatRust });
  writeProcessFamilies(
    w,
    processStatsOf(ctx, host, t, {
      cpuPerRequest: host.cpuPerRequest,
      residentBytes: host.baseMemoryBytes,
    }),
  );

  return w.text();
};
