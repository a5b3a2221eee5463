import type { FleetContext } from '../../fleet/context.ts';
import type { Inventory, LedgerNode, NodeEntity } from '../../fleet/inventory/index.ts';
import { isActiveAt } from '../../fleet/lifecycle.ts';
import { renderCadvisor } from './cadvisor.ts';
import { renderCorda } from './corda.ts';
import { renderDcgm } from './dcgm.ts';
import { renderFabric } from './fabric.ts';
import { renderGeth } from './geth.ts';
import { renderKserve, renderMlflow, renderSeldon } from './inference-services.ts';
import { renderQueueProxy118, renderQueueProxy119 } from './knative.ts';
import { renderActivator, renderAutoscaler } from './knative-components.ts';
import { renderKubelet } from './kubelet.ts';
import { renderNodeExporter } from './node-exporter.ts';
import { renderParity } from './parity.ts';
import type { PromTarget } from './target.ts';
import { activeWith, always } from './target.ts';
import { renderTfServing } from './tf-serving.ts';
import { renderTriton } from './triton.ts';
import { renderVllm } from './vllm.ts';
import { renderWasmcloudLegacy, renderWasmHostProcess } from './wasm-hosts.ts';

const NODE_EXPORTERS = {
  node: { job: 'node-exporter', path: '/metrics', render: renderNodeExporter },
  kubelet: { job: 'kubelet', path: '/metrics', render: renderKubelet },
  cadvisor: { job: 'cadvisor', path: '/metrics/cadvisor', render: renderCadvisor },
} as const;

const LEDGER_EXPORTERS = {
  fabric: { job: 'fabric-peer', path: '/metrics', render: renderFabric },
  geth: { job: 'geth', path: '/debug/metrics/prometheus', render: renderGeth },
  parity: { job: 'parity', path: '/metrics', render: renderParity },
  corda: { job: 'corda-jmx', path: '/metrics', render: renderCorda },
} satisfies Record<LedgerNode['client'], { job: string; path: string; render: unknown }>;

const MODEL_SERVERS = {
  triton: { job: 'triton', path: '/metrics', render: renderTriton },
  vllm: { job: 'vllm', path: '/metrics', render: renderVllm },
  'tf-serving': {
    job: 'tf-serving',
    path: '/monitoring/prometheus/metrics',
    render: renderTfServing,
  },
} as const;

const INFERENCE_SERVICES = { kserve: renderKserve, seldon: renderSeldon, mlflow: renderMlflow };

/** IoT gateways say so with a `paradigm` label: K3s, KubeEdge and OpenYurt serve both. */
const nodeLabels = (node: NodeEntity): Record<string, string> =>
  node.role === 'iot' ? { node: node.id, paradigm: 'iot' } : { node: node.id };

const nodeTargets = (node: NodeEntity): PromTarget[] =>
  node.exporters.map((exporter): PromTarget => {
    const { job, path, render } = NODE_EXPORTERS[exporter];
    const platform = node.hints[exporter] ?? node.platform;
    const isPlain = platform === 'kubelet-cadvisor' || platform === 'node-exporter';

    return {
      id: `${node.id}/${job}`,
      job: isPlain ? job : `${job}-${platform}`,
      platform,
      metricsPath: path,
      labels: nodeLabels(node),
      node: node.id,
      isActiveAt: activeWith(node),
      render: (ctx, t) => render(ctx, node, t),
    };
  });

const aiTargets = (inventory: Inventory): PromTarget[] => [
  ...inventory.ofKind('model-server').flatMap((server): PromTarget[] => {
    const own = {
      labels: { node: server.node },
      node: server.node,
      isActiveAt: activeWith(server),
    };
    const { job, path, render } = MODEL_SERVERS[server.server];

    return [
      {
        ...own,
        id: `${server.node}/dcgm-exporter`,
        job: 'dcgm-exporter',
        platform: 'nvidia-dcgm-exporter',
        metricsPath: '/metrics',
        render: (ctx, t) => renderDcgm(ctx, server, t),
      },
      {
        ...own,
        id: `${server.id}/${job}`,
        job,
        platform: server.platform,
        metricsPath: path,
        render: (ctx, t) => render(ctx, server, t),
      },
    ];
  }),
  ...inventory.ofKind('inference-service').map((service): PromTarget => ({
    id: `${service.id}/${service.framework}`,
    job: service.framework,
    platform: service.platform,
    metricsPath: '/metrics',
    labels: { namespace: service.namespace },
    isActiveAt: activeWith(service),
    render: (ctx, t) => INFERENCE_SERVICES[service.framework](ctx, service, t),
  })),
];

const ledgerTargets = (inventory: Inventory): PromTarget[] =>
  inventory.ofKind('ledger').map((peer) => {
    const { job, path, render } = LEDGER_EXPORTERS[peer.client];

    return {
      id: `${peer.id}/${job}`,
      job,
      platform: peer.platform,
      metricsPath: path,
      labels: { peer: peer.id },
      node: peer.id,
      isActiveAt: activeWith(peer),
      render: (ctx, t) => render(ctx, peer, t),
    };
  });

const knativeTargets = (inventory: Inventory): PromTarget[] => {
  const services = inventory.ofKind('serverless').filter((s) => s.telemetry === 'knative');
  const legacy = services.filter((s) => s.generation === '1.18');
  const activeLegacy = (ctx: FleetContext, t: number) =>
    legacy.filter((s) => isActiveAt(ctx, s, t));
  const component = (id: string, render: PromTarget['render']): PromTarget => ({
    id: `knative-serving/${id}`,
    job: `knative-${id}`,
    platform: 'knative',
    metricsPath: '/metrics',
    labels: { namespace: 'knative-serving' },
    isActiveAt: always,
    render,
  });

  return [
    ...services.map((service): PromTarget => {
      const isLegacy = service.generation === '1.18';

      return {
        id: `${service.id}/queue-proxy`,
        job: isLegacy ? 'knative-queue-proxy' : 'knative-queue-proxy-otel',
        platform: 'knative',
        metricsPath: '/metrics',
        labels: { namespace: service.namespace },
        isActiveAt: activeWith(service),
        render: (ctx, t) => (isLegacy ? renderQueueProxy118 : renderQueueProxy119)(ctx, service, t),
      };
    }),
    component('activator', (ctx, t) => renderActivator(ctx, activeLegacy(ctx, t), t)),
    component('autoscaler', (ctx, t) => renderAutoscaler(ctx, activeLegacy(ctx, t), t)),
  ];
};

const wasmTargets = (inventory: Inventory): PromTarget[] => {
  const components = inventory.ofKind('wasm-component');

  return inventory
    .ofKind('wasm-host')
    .filter((host) => host.transport === 'prometheus')
    .map((host) => {
      const own = components.filter((component) => component.host === host.id);
      const render: PromTarget['render'] =
        host.platform === 'wasmcloud'
          ? (ctx, t) => renderWasmcloudLegacy(ctx, host, own, t)
          : (ctx, t) => renderWasmHostProcess(ctx, host, t);

      return {
        id: `${host.id}/${host.platform}`,
        job: `${host.platform}-host`,
        platform: host.platform,
        metricsPath: '/metrics',
        labels: { node: host.hostName },
        node: host.id,
        isActiveAt: activeWith(host),
        render,
      };
    });
};

/**
 * Every scrape target of the fleet in a stable order (ports are assigned by position): node
 * exporters of edge, IoT and plain nodes, GPU servers with their DCGM exporters, CPU model
 * servers, ledger peers, Knative's components, and the Wasm hosts with endpoints of their own.
 */
export const createPromTargets = (inventory: Inventory): PromTarget[] => [
  ...inventory
    .ofKind('node')
    .filter((node) => node.transport === 'scrape')
    .flatMap(nodeTargets),
  ...aiTargets(inventory),
  ...ledgerTargets(inventory),
  ...knativeTargets(inventory),
  ...wasmTargets(inventory),
];
