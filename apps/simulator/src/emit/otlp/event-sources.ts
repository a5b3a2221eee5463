import type { Attributes } from '@opentelemetry/api';

import type { FleetContext } from '../../fleet/context.ts';
import type { Invocable } from '../../fleet/invocation-model.ts';
import type { Inventory, QuantumWorkload, ServerlessService } from '../../fleet/inventory/index.ts';
import { isActiveAt } from '../../fleet/lifecycle.ts';
import { functionAttributes, wasmComponentAttributes } from './sources.ts';

/**
 * Where spans and log records come from: instrumented functions (invocation spans, and the
 * Lambda extension's `platform.init` spans), CloudWatch REPORT lines of Lambda functions
 * forwarded as logs, and quantum workloads' job reports.
 */
export type EventSource =
  | {
      readonly kind: 'spans';
      readonly id: string;
      readonly node?: string;
      readonly attributes: Attributes;
      readonly fn: Invocable & { readonly trigger: string };
      readonly hasInitSpans: boolean;
    }
  | {
      readonly kind: 'report-lines';
      readonly id: string;
      readonly node?: string;
      readonly attributes: Attributes;
      readonly fn: ServerlessService;
    }
  | {
      readonly kind: 'quantum';
      readonly id: string;
      readonly node?: string;
      readonly attributes: Attributes;
      readonly workload: QuantumWorkload;
    };

export const isSourceActiveAt = (ctx: FleetContext, source: EventSource, t: number): boolean =>
  isActiveAt(ctx, source.kind === 'quantum' ? source.workload : source.fn, t);

export const createEventSources = (inventory: Inventory): EventSource[] => {
  const hosts = new Map(inventory.ofKind('wasm-host').map((host) => [host.id, host]));
  const sources: EventSource[] = [];
  for (const component of inventory.ofKind('wasm-component')) {
    const host = hosts.get(component.host);
    if (host === undefined || host.platform === 'wasmcloud' || host.platform === 'spin') continue;
    sources.push({
      kind: 'spans',
      id: component.id,
      node: host.id,
      attributes: wasmComponentAttributes(component, host),
      fn: component,
      hasInitSpans: false,
    });
  }
  for (const fn of inventory.ofKind('serverless')) {
    if (fn.telemetry === 'lambda-otel' || (fn.telemetry === 'cloud-run' && fn.hasSpans)) {
      sources.push({
        kind: 'spans',
        id: fn.id,
        attributes: functionAttributes(fn),
        fn,
        hasInitSpans: fn.telemetry === 'lambda-otel',
      });
    }
    if (fn.telemetry === 'lambda-report') {
      const attributes = {
        'cloud.provider': 'aws',
        'cloud.platform': 'aws_lambda',
        'cloud.region': fn.region,
        'faas.name': fn.id,
        'service.name': fn.id,
        'aws.log.group.names': [`/aws/lambda/${fn.id}`],
      };
      sources.push({ kind: 'report-lines', id: fn.id, attributes, fn });
    }
  }
  for (const workload of inventory.ofKind('quantum')) {
    const attributes = {
      'service.name': workload.id,
      'service.version': workload.sdkVersion,
      'k8s.namespace.name': 'quantum',
      'k8s.pod.name': `${workload.id}-0`,
      'process.runtime.name': 'cpython',
    };
    sources.push({ kind: 'quantum', id: workload.id, attributes, workload });
  }

  return sources;
};
