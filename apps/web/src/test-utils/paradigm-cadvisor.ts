/** One container of a pod, with the working set cAdvisor reports for it. */
export type TestContainer = {
  namespace: string;
  pod: string;
  container: string;
  memoryBytes: number;
  cpuSeconds: number;
};

/** kubelet /metrics/cadvisor text for the given containers, every sample timestamped atMs. */
export const cadvisorText = (containers: readonly TestContainer[], atMs: number): string => {
  const labels = (c: TestContainer) =>
    `container="${c.container}",id="/kubepods.slice/kubepods-burstable.slice/${c.pod}/cri-containerd-${c.container}.scope",` +
    `image="ghcr.io/example/${c.container}:1.0.0",name="${c.container}-${c.pod}",` +
    `namespace="${c.namespace}",pod="${c.pod}"`;

  return (
    [
      '# HELP container_cpu_usage_seconds_total Cumulative cpu time consumed in seconds.',
      '# TYPE container_cpu_usage_seconds_total counter',
      ...containers.map(
        (c) =>
          `container_cpu_usage_seconds_total{${labels(c)},cpu="total"} ${c.cpuSeconds} ${atMs}`,
      ),
      '# HELP container_memory_working_set_bytes Current working set in bytes.',
      '# TYPE container_memory_working_set_bytes gauge',
      ...containers.map(
        (c) => `container_memory_working_set_bytes{${labels(c)}} ${c.memoryBytes} ${atMs}`,
      ),
    ].join('\n') + '\n'
  );
};
