/**
 * A generated fleet in Prometheus text: each target exposes ~200 series from cAdvisor-,
 * Triton-, geth- and kubelet-histogram-like families with job/instance/paradigm/pod labels,
 * the shapes the collector meets in real fleets. Deterministic for a given target index.
 */
const PARADIGMS = ['container', 'edge', 'ai_ml', 'blockchain', 'serverless', 'wasm'] as const;
const LE = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'];

const cadvisor = (pod: string, labels: string, round: number, lines: string[]): void => {
  lines.push('# HELP container_cpu_usage_seconds_total Cumulative cpu time consumed in seconds.');
  lines.push('# TYPE container_cpu_usage_seconds_total counter');
  for (let container = 0; container < 8; container++) {
    for (const cpu of ['total', 'cpu00', 'cpu01']) {
      lines.push(
        `container_cpu_usage_seconds_total{${labels},container="c${container}",cpu="${cpu}",pod="${pod}"} ${(round * 1.5 + container).toFixed(3)}`,
      );
    }
  }
  lines.push('# HELP container_memory_working_set_bytes Current working set in bytes.');
  lines.push('# TYPE container_memory_working_set_bytes gauge');
  for (let container = 0; container < 8; container++) {
    lines.push(
      `container_memory_working_set_bytes{${labels},container="c${container}",pod="${pod}"} ${1.2e8 + container * 1e6 + round}`,
    );
  }
  lines.push('# TYPE container_network_receive_bytes_total counter');
  for (let iface = 0; iface < 24; iface++) {
    lines.push(
      `container_network_receive_bytes_total{${labels},interface="eth${iface}",pod="${pod}"} ${round * 1000 + iface}`,
    );
  }
};

const triton = (labels: string, round: number, lines: string[]): void => {
  for (const family of [
    'nv_inference_request_success',
    'nv_inference_request_failure',
    'nv_inference_count',
    'nv_inference_queue_duration_us',
    'nv_inference_compute_infer_duration_us',
  ]) {
    lines.push(`# TYPE ${family} counter`);
    for (let model = 0; model < 8; model++) {
      lines.push(`${family}{${labels},model="model-${model}",version="1"} ${round * 100 + model}`);
    }
  }
  lines.push('# TYPE nv_gpu_utilization gauge');
  for (let gpu = 0; gpu < 4; gpu++) {
    lines.push(`nv_gpu_utilization{${labels},gpu_uuid="GPU-${gpu}"} 0.${(round + gpu) % 10}5`);
  }
};

const geth = (labels: string, round: number, lines: string[]): void => {
  lines.push('# TYPE chain_head_block gauge');
  lines.push(`chain_head_block{${labels}} ${1.9e7 + round}`);
  lines.push('# TYPE p2p_peers gauge');
  lines.push(`p2p_peers{${labels}} 25`);
  lines.push('# TYPE txpool_pending gauge');
  lines.push(`txpool_pending{${labels}} ${round % 300}`);
  for (let timer = 0; timer < 6; timer++) {
    const name = `chain_execution_${timer}`;
    lines.push(`# TYPE ${name} summary`);
    for (const quantile of ['0.5', '0.75', '0.95', '0.99']) {
      lines.push(`${name}{${labels},quantile="${quantile}"} ${1.257894e6 * (timer + 1)}`);
    }
    lines.push(`${name}_count{${labels}} ${round * 10}`);
    lines.push(`${name}_sum{${labels}} ${round * 1.686306e7}`);
  }
};

const histogram = (labels: string, round: number, lines: string[]): void => {
  lines.push('# TYPE kubelet_pod_start_duration_seconds histogram');
  for (let operation = 0; operation < 4; operation++) {
    let cumulative = 0;
    for (const le of LE) {
      cumulative += operation + 1;
      lines.push(
        `kubelet_pod_start_duration_seconds_bucket{${labels},operation="op${operation}",le="${le}"} ${cumulative * (round + 1)}`,
      );
    }
    lines.push(
      `kubelet_pod_start_duration_seconds_sum{${labels},operation="op${operation}"} ${round * 3.2}`,
    );
    lines.push(
      `kubelet_pod_start_duration_seconds_count{${labels},operation="op${operation}"} ${cumulative * (round + 1)}`,
    );
  }
};

export const renderTarget = (target: number, round: number): { text: string; samples: number } => {
  const paradigm = PARADIGMS[target % PARADIGMS.length] ?? 'container';
  const labels = `namespace="ns-${target % 20}",paradigm="${paradigm}"`;
  const lines: string[] = [];
  cadvisor(`pod-${target}`, labels, round, lines);
  triton(labels, round, lines);
  geth(labels, round, lines);
  histogram(labels, round, lines);
  const samples = lines.filter((line) => !line.startsWith('#')).length;

  return { text: `${lines.join('\n')}\n`, samples };
};
