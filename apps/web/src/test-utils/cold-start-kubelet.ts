/** The kubelet's pod-start histogram bounds (seconds), as kubelet /metrics exposes them. */
const BOUNDS = [
  0.5, 1, 2, 3, 4, 5, 6, 8, 10, 20, 30, 45, 60, 120, 180, 240, 300, 360, 480, 600, 900, 1200, 1800,
  2700, 3600,
];

/**
 * kubelet /metrics text with `kubelet_pod_start_duration_seconds` holding every duration in
 * `observed` (cumulative, as the kubelet keeps it), timestamped atMs.
 */
export const kubeletPodStarts = (observed: readonly number[], atMs: number): string => {
  const name = 'kubelet_pod_start_duration_seconds';
  const lines = [
    `# HELP ${name} [ALPHA] Duration in seconds from kubelet seeing a pod for the first time to the pod starting to run`,
    `# TYPE ${name} histogram`,
    ...BOUNDS.map(
      (bound) =>
        `${name}_bucket{le="${bound}"} ${observed.filter((value) => value <= bound).length} ${atMs}`,
    ),
    `${name}_bucket{le="+Inf"} ${observed.length} ${atMs}`,
    `${name}_sum ${observed.reduce((sum, value) => sum + value, 0)} ${atMs}`,
    `${name}_count ${observed.length} ${atMs}`,
  ];

  return `${lines.join('\n')}\n`;
};
