import type { FleetContext } from '../../fleet/context.ts';
import { derivedTotal } from '../../fleet/derived.ts';
import type { NodeEntity, PodSpec } from '../../fleet/inventory/nodes.ts';
import {
  activePods,
  nodeBusySeconds,
  nodeMemoryUsedBytes,
  podCpuSeconds,
  podEntity,
  podMemoryBytes,
  podStartMs,
} from '../../fleet/node-model.ts';
import { formatGo } from './format.ts';
import type { Labels } from './text.ts';
import { createTextWriter } from './text.ts';

const cgroupOf = (pod: PodSpec, container: string): string => {
  const slice = `kubepods-burstable-pod${pod.uid.replace(/-/g, '_')}.slice`;

  return container === ''
    ? `/kubepods.slice/kubepods-burstable.slice/${slice}`
    : `/kubepods.slice/kubepods-burstable.slice/${slice}/cri-containerd-${pod.uid.replace(/-/g, '')}${container.length}.scope`;
};

/**
 * kubelet `/metrics/cadvisor`: container series carry their own millisecond timestamps, and
 * besides each app container there are the pod cgroup (`container=""`), the pause container
 * (`container="POD"`) and the root cgroup (`id="/"`), which normalizers must not add up.
 */
export const renderCadvisor = (ctx: FleetContext, node: NodeEntity, t: number): string => {
  const w = createTextWriter({ format: formatGo });
  const pods = activePods(ctx, node, t);
  const stamp = Math.floor(t / 1000) * 1000 - 137;
  const rows = pods.flatMap((pod) => {
    const cpu = podCpuSeconds(ctx, node, pod, t);
    const memory = podMemoryBytes(ctx, node, pod, t);
    const base = (container: string, image: string): Labels => [
      ['container', container],
      ['id', cgroupOf(pod, container)],
      ['image', image],
      ['name', container === '' ? '' : `${pod.uid.replace(/-/g, '')}${container.length}`],
      ['namespace', pod.namespace],
      ['pod', pod.name],
    ];

    return [
      { pod, labels: base(pod.container, pod.image), cpu, memory },
      {
        pod,
        labels: base('POD', 'registry.k8s.io/pause:3.10'),
        cpu: cpu * 0.0004,
        memory: 479_232,
      },
      { pod, labels: base('', ''), cpu: cpu * 1.0004, memory: memory + 479_232 },
    ];
  });
  const root: Labels = [
    ['container', ''],
    ['id', '/'],
    ['image', ''],
    ['name', ''],
    ['namespace', ''],
    ['pod', ''],
  ];

  w.family(
    'cadvisor_version_info',
    'gauge',
    "A metric with a constant '1' value labeled by kernel version, OS version, docker version, cadvisor version & cadvisor revision.",
  );
  w.sample(
    'cadvisor_version_info',
    [
      ['cadvisorRevision', ''],
      ['cadvisorVersion', ''],
      ['dockerVersion', ''],
      ['kernelVersion', node.kernel],
      ['osVersion', node.osImage],
    ],
    1,
  );
  w.family(
    'container_cpu_usage_seconds_total',
    'counter',
    'Cumulative cpu time consumed in seconds.',
  );
  w.sample(
    'container_cpu_usage_seconds_total',
    [...root.slice(0, 1), ['cpu', 'total'], ...root.slice(1)],
    nodeBusySeconds(ctx, node, t),
    stamp,
  );
  for (const row of rows) {
    const [first, ...rest] = row.labels;
    const labels: Labels = first === undefined ? rest : [first, ['cpu', 'total'], ...rest];
    w.sample('container_cpu_usage_seconds_total', labels, Math.round(row.cpu * 1e6) / 1e6, stamp);
  }
  w.family(
    'container_memory_working_set_bytes',
    'gauge',
    'Current working set of the container in bytes',
  );
  w.sample('container_memory_working_set_bytes', root, nodeMemoryUsedBytes(ctx, node, t), stamp);
  for (const row of rows)
    w.sample('container_memory_working_set_bytes', row.labels, row.memory, stamp);
  w.family(
    'container_network_receive_bytes_total',
    'counter',
    'Cumulative count of bytes received',
  );
  for (const pod of pods) {
    const labels: Labels = [
      ['container', ''],
      ['id', cgroupOf(pod, '')],
      ['image', ''],
      ['interface', 'eth0'],
      ['name', ''],
      ['namespace', pod.namespace],
      ['pod', pod.name],
    ];
    w.sample(
      'container_network_receive_bytes_total',
      labels,
      Math.floor(derivedTotal(ctx, podEntity(node, pod), 'rx', 24_000, t)),
      stamp,
    );
  }
  w.family(
    'container_start_time_seconds',
    'gauge',
    'Start time of the container since unix epoch in seconds.',
  );
  for (const row of rows) {
    w.sample(
      'container_start_time_seconds',
      row.labels,
      podStartMs(ctx, node, row.pod, t) / 1000,
      stamp,
    );
  }
  w.family('machine_cpu_cores', 'gauge', 'Number of logical CPU cores.');
  w.sample(
    'machine_cpu_cores',
    [
      ['boot_id', node.id.length.toString(16).padStart(8, '0')],
      ['machine_id', ''],
      ['system_uuid', ''],
    ],
    node.cores,
  );
  w.family('machine_memory_bytes', 'gauge', 'Amount of memory installed on the machine.');
  w.sample(
    'machine_memory_bytes',
    [
      ['boot_id', node.id.length.toString(16).padStart(8, '0')],
      ['machine_id', ''],
      ['system_uuid', ''],
    ],
    node.memoryBytes,
  );

  return w.text();
};
