import type { FleetContext } from '../../fleet/context.ts';
import type { NodeEntity } from '../../fleet/inventory/nodes.ts';
import { renderCadvisor } from '../prom/cadvisor.ts';
import { renderKubelet } from '../prom/kubelet.ts';
import { renderNodeExporter } from '../prom/node-exporter.ts';
import { parseText } from '../prom/parse-text.ts';
import type { WriteSeries } from './encode.ts';

/** The node label each distribution sets, as the agent's relabeling copies it onto series. */
const EDGE_LABEL: Readonly<Record<string, readonly [string, string]>> = {
  k3s: ['node_kubernetes_io_instance_type', 'k3s'],
  kubeedge: ['node_role_kubernetes_io_edge', 'true'],
  openyurt: ['openyurt_io_is_edge_worker', 'true'],
  superedge: ['superedge_io_edge_node', 'enable'],
};

const JOBS = [
  ['node-exporter', 9100, renderNodeExporter],
  ['kubelet', 10250, renderKubelet],
  ['cadvisor', 10250, renderCadvisor],
] as const;

/**
 * What a Prometheus agent on an edge node pushes: its own scrapes of node_exporter, the
 * kubelet and cAdvisor, with job/instance, the node name, the distribution's node label and,
 * on IoT gateways, the paradigm. No metadata travels: types are the collector's business.
 */
export const createNodeSeries = (ctx: FleetContext, node: NodeEntity, t: number): WriteSeries[] => {
  const edge = EDGE_LABEL[node.distribution];
  const extra: (readonly [string, string])[] = [['node', node.id]];
  if (edge !== undefined) extra.push(edge);
  if (node.role === 'iot') extra.push(['paradigm', 'iot']);

  return JOBS.flatMap(([job, port, render]) => {
    const target: (readonly [string, string])[] = [
      ['job', job],
      ['instance', `${node.id}:${port}`],
      ...extra,
    ];
    const taken = new Set(target.map(([name]) => name));

    return parseText(render(ctx, node, t)).map((sample) => ({
      // As in Prometheus, a scraped label that clashes with a target label becomes exported_*.
      labels: [
        ['__name__', sample.name],
        ...target,
        ...sample.labels
          // Prometheus stores an empty label as no label: it is never sent.
          .filter(([, value]) => value !== '')
          .map(([name, value]) => [taken.has(name) ? `exported_${name}` : name, value] as const),
      ],
      samples: [{ value: sample.value, timestampMs: sample.timestampMs ?? t }],
    }));
  });
};
