import type { Attributes } from '@opentelemetry/api';
import type { MetricData } from '@opentelemetry/sdk-metrics';

import type { FleetContext } from '../../fleet/context.ts';
import type {
  Inventory,
  ServerlessService,
  WasmComponent,
  WasmHost,
} from '../../fleet/inventory/index.ts';
import { isActiveAt } from '../../fleet/lifecycle.ts';
import { createAciMetrics, createCloudRunMetrics, createFargateMetrics } from './cloud-metrics.ts';
import { createFaasMetrics, WASM_INIT_BOUNDS } from './faas-metrics.ts';
import { createPodMetrics } from './k8s-metrics.ts';
import { createProcessMetrics, createSpinMetrics, createWasmcloudMetrics } from './wasm-metrics.ts';

/** One SDK (one resource) pushing OTLP metrics: a function, a host process, a receiver. */
export type MetricSource = {
  readonly id: string;
  readonly platform: string;
  readonly node?: string;
  readonly attributes: Attributes;
  readonly scope: { readonly name: string; readonly version: string };
  readonly isActiveAt: (ctx: FleetContext, t: number) => boolean;
  readonly collect: (ctx: FleetContext, instants: readonly number[]) => MetricData[];
};

const SDK = { 'telemetry.sdk.name': 'opentelemetry' };
const RECEIVER = 'github.com/open-telemetry/opentelemetry-collector-contrib/receiver';

/** The resource of a Wasm component instrumented by its embedder (shared with its spans). */
export const wasmComponentAttributes = (component: WasmComponent, host: WasmHost): Attributes => ({
  ...SDK,
  'telemetry.sdk.language': 'rust',
  'service.name': component.name,
  'service.namespace': host.id,
  'faas.name': component.name,
  'faas.version': component.ref.split(':')[1] ?? '0.1.0',
  'host.name': host.hostName,
  'process.executable.name': host.platform,
  'process.runtime.name': host.platform,
  'process.runtime.version': host.version,
});

/** Lambda (layer + extension), Cloud Run: the cloud.* and faas.* resource attributes. */
export const functionAttributes = (fn: ServerlessService): Attributes =>
  fn.platform === 'aws-lambda'
    ? {
        ...SDK,
        'telemetry.sdk.language': fn.runtime.startsWith('java')
          ? 'java'
          : fn.runtime.startsWith('python')
            ? 'python'
            : 'nodejs',
        'service.name': fn.id,
        'cloud.provider': 'aws',
        'cloud.platform': 'aws_lambda',
        'cloud.region': fn.region,
        'faas.name': fn.id,
        'faas.version': '$LATEST',
        'faas.max_memory': fn.memoryMb * 1_048_576,
      }
    : {
        ...SDK,
        'telemetry.sdk.language': 'go',
        'service.name': fn.id,
        'cloud.provider': 'gcp',
        'cloud.platform': 'gcp_cloud_run',
        'cloud.region': fn.region,
        'cloud.account.id': 'acme-prod',
        'faas.name': fn.id,
      };

const wasmSources = (inventory: Inventory): MetricSource[] => {
  const hosts = new Map(inventory.ofKind('wasm-host').map((host) => [host.id, host]));
  const components = inventory.ofKind('wasm-component');
  const sources: MetricSource[] = [];
  for (const host of hosts.values()) {
    const own = components.filter((component) => component.host === host.id);
    const base = {
      platform: host.platform,
      node: host.id,
      isActiveAt: (ctx: FleetContext, t: number) => isActiveAt(ctx, host, t),
    };
    if (host.platform === 'wasmcloud' && host.transport === 'otlp') {
      sources.push({
        ...base,
        id: host.id,
        attributes: {
          ...SDK,
          'service.name': 'wasmcloud-host',
          'service.version': host.version,
          'service.instance.id': host.id,
          'host.name': host.hostName,
        },
        scope: { name: 'wasmcloud_host', version: host.version },
        collect: (ctx, ts) => createWasmcloudMetrics(ctx, host, own, ts),
      });
    } else if (host.platform === 'spin') {
      sources.push({
        ...base,
        id: host.id,
        attributes: {
          ...SDK,
          'service.name': host.id,
          'service.version': '1.4.0',
          'host.name': host.hostName,
        },
        scope: { name: 'spin_telemetry', version: host.version },
        collect: (ctx, ts) => createSpinMetrics(ctx, host, own, ts),
      });
    } else if (host.platform !== 'wasmcloud') {
      if (host.transport === 'otlp') {
        sources.push({
          ...base,
          id: host.id,
          attributes: {
            ...SDK,
            'service.name': host.id,
            'host.name': host.hostName,
            'process.executable.name': host.platform,
            'process.runtime.version': host.version,
          },
          scope: {
            name: `${RECEIVER}/hostmetricsreceiver/internal/scraper/processscraper`,
            version: '0.116.0',
          },
          collect: (ctx, ts) => createProcessMetrics(ctx, host, ts),
        });
      }
      for (const component of own) {
        sources.push({
          ...base,
          id: component.id,
          attributes: wasmComponentAttributes(component, host),
          scope: { name: `${host.platform}-otel`, version: host.version },
          isActiveAt: (ctx, t) => isActiveAt(ctx, component, t),
          collect: (ctx, ts) => createFaasMetrics(ctx, component, ts, WASM_INIT_BOUNDS),
        });
      }
    }
  }

  return sources;
};

const serverlessSources = (inventory: Inventory): MetricSource[] =>
  inventory.ofKind('serverless').flatMap((fn): MetricSource[] => {
    const base = {
      id: fn.id,
      platform: fn.platform,
      isActiveAt: (ctx: FleetContext, t: number) => isActiveAt(ctx, fn, t),
    };
    switch (fn.telemetry) {
      case 'lambda-otel':
        return [
          {
            ...base,
            attributes: functionAttributes(fn),
            scope: { name: `${RECEIVER}/telemetryapireceiver`, version: '0.12.0' },
            collect: (ctx, ts) =>
              createFaasMetrics(ctx, { ...fn, memoryBytes: fn.memoryMb * 1_048_576 * 0.6 }, ts),
          },
        ];
      case 'cloud-run':
        return [
          {
            ...base,
            attributes: functionAttributes(fn),
            scope: { name: `${RECEIVER}/googlecloudmonitoringreceiver`, version: '0.116.0' },
            collect: (ctx, ts) => createCloudRunMetrics(ctx, fn, ts),
          },
        ];
      case 'fargate':
        return [
          {
            ...base,
            attributes: {
              'service.name': fn.id,
              'cloud.provider': 'aws',
              'cloud.platform': 'aws_ecs',
              'cloud.region': fn.region,
              'aws.ecs.launchtype': 'fargate',
              'aws.ecs.cluster.arn': `arn:aws:ecs:${fn.region}:123456789012:cluster/prod-ecs`,
              'aws.ecs.task.family': fn.id,
            },
            scope: { name: `${RECEIVER}/awsecscontainermetricsreceiver`, version: '0.116.0' },
            collect: (ctx, ts) => createFargateMetrics(ctx, fn, ts),
          },
        ];
      case 'aci':
        return [
          {
            ...base,
            attributes: {
              'service.name': fn.id,
              'cloud.provider': 'azure',
              'cloud.platform': 'azure.container_instances',
              'cloud.region': fn.region,
            },
            scope: { name: `${RECEIVER}/azuremonitorreceiver`, version: '0.116.0' },
            collect: (ctx, ts) => createAciMetrics(ctx, fn, ts),
          },
        ];
      default:
        return [];
    }
  });

const podSources = (inventory: Inventory): MetricSource[] =>
  inventory.ofKind('pod-workload').map((pod) => ({
    id: pod.id,
    platform: pod.platform,
    node: pod.node,
    attributes: {
      'k8s.cluster.name': 'prod-eu-1',
      'k8s.node.name': pod.node,
      'k8s.namespace.name': pod.namespace,
      'k8s.pod.name': pod.pod,
      'k8s.deployment.name': pod.deployment,
      'service.name': pod.serviceName,
    },
    scope: { name: `${RECEIVER}/kubeletstatsreceiver`, version: '0.116.0' },
    isActiveAt: (ctx, t) => isActiveAt(ctx, pod, t),
    collect: (ctx, ts) => createPodMetrics(ctx, pod, ts),
  }));

/** Every OTLP metric source of the fleet, in a stable order. */
export const createMetricSources = (inventory: Inventory): MetricSource[] => [
  ...wasmSources(inventory),
  ...serverlessSources(inventory),
  ...podSources(inventory),
];
