import { describe, expect, it } from 'vitest';

import { parseFixture } from '../test-utils/prom-fixture.ts';
import { findBatchEdge, findNodeEdge } from './batch-edge.ts';

describe('findBatchEdge', () => {
  const edge = findBatchEdge(
    parseFixture(`
# TYPE kube_node_labels gauge
kube_node_labels{label_openyurt_io_is_edge_worker="true",node="yurt-5"} 1
kube_node_labels{label_kubernetes_io_hostname="cloud-1",node="cloud-1"} 1
# TYPE kube_node_info gauge
kube_node_info{kubelet_version="v1.29.5-kubeedge-v1.19.0",node="edge-7"} 1
`).samples,
  );

  it('reads kube-state-metrics node labels and node info per node', () => {
    expect(findNodeEdge(edge, 'yurt-5')).toBe('openyurt');
    expect(findNodeEdge(edge, 'edge-7')).toBe('kubeedge');
  });

  it('falls back to the first distribution named for other nodes', () => {
    expect(findNodeEdge(edge, undefined)).toBe('openyurt');
  });

  it('finds nothing in a batch without edge info series', () => {
    const plain = findBatchEdge(parseFixture('kube_node_labels{node="cloud-1"} 1').samples);
    expect(findNodeEdge(plain, 'cloud-1')).toBeUndefined();
  });
});
