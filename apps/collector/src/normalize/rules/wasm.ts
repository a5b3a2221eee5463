import type { RuleSet } from './types.ts';

/**
 * WebAssembly hosts.
 *
 * wasmCloud, older host (`crates/host/src/wasmbus/metrics.rs`): `wasmcloud_actor_invocations`,
 * `wasmcloud_actor_errors`, `wasmcloud_actor_scale`; its Prometheus exporter (Rust
 * opentelemetry-prometheus) appends `_total` to the counters. Its request-latency histogram
 * reuses the name `wasmcloud_actor_scale` (upstream bug): the gauge rule only reads a family
 * typed gauge, so the histogram of the same name stays unmapped instead of becoming an
 * instance count.
 * Current host (`HostMetrics`, meter `wasmcloud_host`): OTel names
 * `wasmcloud_host.handle_rpc_message.duration` (unit "nanoseconds"),
 * `wasmcloud_host.component.invocations`, `wasmcloud_host.component.invocation.errors`
 * (`wasmcloud_host.actor.*` before the actor→component rename), `…component.active_instances`;
 * attributes `component.ref`, `component.id`, `lattice`, `host`, `operation`.
 * `wasmcloud_host.process.memory.used.bytes` is the whole machine's used memory (sysinfo), not
 * the host's, so it is left unmapped.
 *
 * Spin (`spin_telemetry` histograms per component instance, attribute `component_id`):
 * `spin.component_cpu_time` (s) and `spin.component_memory_used` (By).
 * @see https://github.com/wasmCloud/wasmCloud/blob/main/crates/host/src/metrics.rs
 */
const WASMCLOUD_RESOURCE = {
  workload: ['component.ref', 'component_ref', 'component.id', 'component_id', 'actor'],
  node: ['host', 'host_id'],
  attributes: { lattice: 'wasmcloud.lattice' },
} as const;

export const WASMCLOUD_RULES: RuleSet = {
  family: 'wasmcloud',
  resource: WASMCLOUD_RESOURCE,
  rules: [
    {
      match: { metric: 'wasmcloud_host.handle_rpc_message.duration' },
      aliases: [
        'wasmcloud_host_handle_rpc_message_duration',
        'wasmcloud_host_handle_rpc_message_duration_nanoseconds',
        'wasmcloud_host_handle_rpc_message_duration_ns',
        'handle_rpc_message_duration_ns',
      ],
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      convert: 'nanoseconds',
    },
    {
      match: { metric: 'wasmcloud_host.component.invocations' },
      aliases: [
        'wasmcloud_host_component_invocations_total',
        'wasmcloud_host_component_invocations',
        'component_invocations',
        'wasmcloud_host.actor.invocations',
        'wasmcloud_host_actor_invocations_total',
      ],
      kpi: 'requests_total',
      shape: 'counter',
    },
    {
      match: { metric: 'wasmcloud_host.component.invocation.errors' },
      aliases: [
        'wasmcloud_host_component_invocation_errors_total',
        'wasmcloud_host_component_invocation_errors',
        'component_errors',
        'wasmcloud_host.actor.invocation.errors',
        'wasmcloud_host_actor_invocation_errors_total',
      ],
      kpi: 'errors_total',
      shape: 'counter',
      constLabels: { reason: 'invocation' },
    },
    {
      match: { metric: 'wasmcloud_host.component.active_instances' },
      aliases: ['wasmcloud_host_component_active_instances'],
      kpi: 'instances',
      shape: 'gauge',
    },
    {
      match: { metric: 'wasmcloud_actor_invocations' },
      aliases: ['wasmcloud_actor_invocations_total'],
      kpi: 'requests_total',
      shape: 'counter',
      until: '1.0',
    },
    {
      match: { metric: 'wasmcloud_actor_errors' },
      aliases: ['wasmcloud_actor_errors_total'],
      kpi: 'errors_total',
      shape: 'counter',
      constLabels: { reason: 'invocation' },
      until: '1.0',
    },
    {
      match: { metric: 'wasmcloud_actor_scale' },
      kpi: 'instances',
      shape: 'gauge',
      until: '1.0',
    },
  ],
};

export const SPIN_RULES: RuleSet = {
  family: 'spin',
  resource: { workload: ['component_id'] },
  rules: [
    {
      match: { metric: 'spin.component_cpu_time' },
      kpi: 'cpu_seconds_total',
      shape: 'histogram',
      read: 'sum',
    },
    {
      match: { metric: 'spin.component_memory_used' },
      kpi: 'memory_bytes',
      shape: 'histogram',
      read: 'mean',
    },
  ],
};

/**
 * wasmtime, wasmer, wasm3 and WasmEdge are embedded engines with no metric set of their own:
 * they are measured through their host process (Prometheus client defaults). The platform
 * comes from the scrape's platform hint or from the rest of the batch.
 */
export const PROCESS_RULES: RuleSet = {
  family: 'process',
  rules: [
    { match: { metric: 'process_cpu_seconds_total' }, kpi: 'cpu_seconds_total', shape: 'counter' },
    { match: { metric: 'process_resident_memory_bytes' }, kpi: 'memory_bytes', shape: 'gauge' },
  ],
};
