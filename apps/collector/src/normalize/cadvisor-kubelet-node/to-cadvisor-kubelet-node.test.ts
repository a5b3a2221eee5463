import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toNodeKpis } from './to-cadvisor-kubelet-node.ts';

const POD = 'namespace="edge-apps",pod="sensor-7d9",node="edge-node-1"';

const CADVISOR = `
# TYPE container_cpu_usage_seconds_total counter
container_cpu_usage_seconds_total{container="",cpu="total",id="/kubepods/burstable/pod1",${POD}} 999
container_cpu_usage_seconds_total{container="POD",cpu="total",${POD}} 0.04
container_cpu_usage_seconds_total{container="sensor",cpu="total",${POD}} 120.5
container_cpu_usage_seconds_total{container="mqtt",cpu="cpu00",namespace="edge-apps",pod="mqtt-0",node="edge-node-1"} 10
container_cpu_usage_seconds_total{container="mqtt",cpu="cpu01",namespace="edge-apps",pod="mqtt-0",node="edge-node-1"} 12.25
# TYPE container_memory_working_set_bytes gauge
container_memory_working_set_bytes{container="sensor",${POD}} 4.5e+07
# TYPE container_start_time_seconds gauge
container_start_time_seconds{container="sensor",${POD}} 1.7145648e+09
`;

const K3S_BUILD = `
# HELP kubernetes_build_info [ALPHA] A metric with a constant '1' value labeled by major, minor, git version.
# TYPE kubernetes_build_info gauge
kubernetes_build_info{git_version="v1.30.2+k3s2",major="1",minor="30"} 1
`;

const KUBELET = `${K3S_BUILD}
# TYPE kubelet_pod_start_duration_seconds histogram
kubelet_pod_start_duration_seconds_bucket{le="0.5"} 2
kubelet_pod_start_duration_seconds_bucket{le="1"} 10
kubelet_pod_start_duration_seconds_bucket{le="5"} 40
kubelet_pod_start_duration_seconds_bucket{le="+Inf"} 42
kubelet_pod_start_duration_seconds_sum 95.3
kubelet_pod_start_duration_seconds_count 42
# TYPE kubelet_running_pods gauge
kubelet_running_pods 17
# TYPE prober_probe_total counter
prober_probe_total{container="sensor",${POD},probe_type="Liveness",result="successful"} 500
prober_probe_total{container="sensor",${POD},probe_type="Liveness",result="failed"} 3
prober_probe_total{container="sensor",${POD},probe_type="Readiness",result="failed"} 2
`;

const NODE_EXPORTER = `
# TYPE node_cpu_seconds_total counter
node_cpu_seconds_total{cpu="0",mode="idle"} 5000
node_cpu_seconds_total{cpu="0",mode="user"} 300.5
node_cpu_seconds_total{cpu="0",mode="system"} 100.25
node_cpu_seconds_total{cpu="0",mode="iowait"} 7
node_cpu_seconds_total{cpu="1",mode="user"} 250
# TYPE node_memory_MemTotal_bytes gauge
node_memory_MemTotal_bytes 8.24e+09
# TYPE node_memory_MemAvailable_bytes gauge
node_memory_MemAvailable_bytes 5.12e+09
`;

describe('cAdvisor', () => {
  const batch = toNodeKpis(parseFixture(CADVISOR), createContext({ job: 'cadvisor' }));

  it('skips pod cgroups and pause containers, prefers cpu="total", sums per-core series', () => {
    expect(
      batch.samples
        .filter((s) => s.kpi === 'cpu_seconds_total')
        .map((s) => [s.resource.workload, s.value]),
    ).toEqual([
      ['sensor', 120.5],
      ['mqtt', 22.25],
    ]);
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 45_000_000 }]);
  });

  it('names container resources by namespace, pod, container and node', () => {
    expect(batch.samples[0]?.resource).toEqual({
      tenant: 'acme',
      paradigm: 'container',
      platform: 'kubelet-cadvisor',
      node: 'edge-node-1',
      namespace: 'edge-apps',
      workload: 'sensor',
      instance: 'sensor-7d9',
      attributes: { job: 'cadvisor' },
    });
    expect(batch.unmapped).toEqual([
      { source: 'cadvisor', family: 'container_start_time_seconds', count: 1 },
    ]);
  });
});

describe('kubelet on a K3s node', () => {
  const batch = toNodeKpis(parseFixture(KUBELET + CADVISOR), createContext({ job: 'kubelet' }));

  it('reads pod start durations as cold startups, running pods as instances', () => {
    expect(findHistogram(batch, 'startup_seconds')).toMatchObject({
      labels: { cold: 'true' },
      count: 42,
      sum: 95.3,
      bounds: [0.5, 1, 5],
      bucketCounts: [2, 8, 30, 2],
    });
    expect(readSamples(batch, 'instances')).toEqual([{ labels: {}, value: 17 }]);
    expect(readSamples(batch, 'errors_total')).toEqual([
      { labels: { reason: 'probe_failed' }, value: 5 },
    ]);
  });

  it('takes K3s from the build version and edge as its default paradigm', () => {
    const platforms = new Set(
      batch.samples.map((s) => `${s.resource.platform}/${s.resource.paradigm}`),
    );
    expect([...platforms]).toEqual(['k3s/edge']);
  });

  it('lets a paradigm label or the paradigm hint choose iot', () => {
    const labelled = toNodeKpis(
      parseFixture(`${K3S_BUILD}kubelet_running_pods{paradigm="iot"} 3`),
      createContext(),
    );
    expect(labelled.samples.find((s) => s.kpi === 'instances')?.resource.paradigm).toBe('iot');
    const hinted = toNodeKpis(parseFixture(KUBELET), createContext({ paradigmHint: 'iot' }));
    expect(hinted.samples[0]?.resource.paradigm).toBe('iot');
  });

  it('knows an OpenYurt edge worker by its node label', () => {
    const batch = toNodeKpis(
      parseFixture('kubelet_running_pods{node="yurt-1",openyurt_io_is_edge_worker="true"} 4'),
      createContext(),
    );
    expect(batch.samples[0]?.resource).toMatchObject({ platform: 'openyurt', node: 'yurt-1' });
  });
});

describe('node_exporter', () => {
  it('sums busy CPU modes and derives used memory from MemTotal − MemAvailable', () => {
    const batch = toNodeKpis(
      parseFixture(NODE_EXPORTER),
      createContext({ instance: 'edge-node-1:9100' }),
    );
    expect(readSamples(batch, 'cpu_seconds_total')).toEqual([{ labels: {}, value: 650.75 }]);
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 3_120_000_000 }]);
    expect(batch.samples[0]?.resource).toMatchObject({
      platform: 'node-exporter',
      instance: 'edge-node-1:9100',
    });
    expect(batch.unmapped).toEqual([]);
  });
});
