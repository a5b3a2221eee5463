/**
 * Micro-benchmark of normalizePrometheus on decoded scrapes (not a test):
 *   npx tsx src/normalize/normalize.bench.ts
 * cAdvisor (2 of 10 families mapped), DCGM (3 of 8 mapped) and Knative latency histograms
 * (all mapped), parsed once by the real decoder; prints normalized samples per second.
 */
import { parsePrometheusText } from '../decode/prometheus/index.ts';
import { normalizePrometheus } from './index.ts';

const CADVISOR_FAMILIES = [
  'container_cpu_usage_seconds_total',
  'container_memory_working_set_bytes',
  'container_memory_usage_bytes',
  'container_memory_rss',
  'container_fs_usage_bytes',
  'container_spec_cpu_shares',
  'container_last_seen',
  'container_start_time_seconds',
  'container_cpu_user_seconds_total',
  'container_cpu_system_seconds_total',
];

const DCGM_FAMILIES = [
  'DCGM_FI_DEV_GPU_UTIL',
  'DCGM_FI_DEV_FB_USED',
  'DCGM_FI_DEV_FB_FREE',
  'DCGM_FI_DEV_POWER_USAGE',
  'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION',
  'DCGM_FI_DEV_GPU_TEMP',
  'DCGM_FI_DEV_SM_CLOCK',
  'DCGM_FI_PROF_GR_ENGINE_ACTIVE',
];

const createCadvisor = (): string[] =>
  CADVISOR_FAMILIES.flatMap((family) => [
    `# TYPE ${family} ${family.endsWith('_total') ? 'counter' : 'gauge'}`,
    ...Array.from({ length: 2000 }, (_, pod) => {
      const cpu = family === 'container_cpu_usage_seconds_total' ? 'cpu="total",' : '';
      const labels =
        `container="c-${pod % 7}",${cpu}id="/kubepods/burstable/pod${pod}",` +
        `image="registry/app:1.0",name="k8s_c_${pod}",namespace="ns-${pod % 20}",pod="pod-${pod}"`;

      return `${family}{${labels}} ${pod * 1.5}`;
    }),
  ]);

const createDcgm = (): string[] =>
  DCGM_FAMILIES.flatMap((family) => [
    `# TYPE ${family} gauge`,
    ...Array.from(
      { length: 2000 },
      (_, gpu) =>
        `${family}{gpu="${gpu % 8}",UUID="GPU-${gpu}-5fa6a1e4",device="nvidia${gpu % 8}",` +
        `modelName="NVIDIA A100-SXM4-40GB",Hostname="node-${gpu >> 3}"} ${gpu}`,
    ),
  ]);

const createHistograms = (): string[] => [
  '# TYPE revision_request_latencies histogram',
  ...Array.from({ length: 1500 }, (_, pod) => {
    const labels =
      `configuration_name="s${pod % 100}",namespace_name="ns",pod_name="p${pod}",` +
      `response_code="200",response_code_class="2xx",revision_name="s${pod % 100}-1",` +
      `service_name="s${pod % 100}"`;

    return [
      ...['5', '10', '25', '50', '100', '250', '500', '+Inf'].map(
        (le) => `revision_request_latencies_bucket{${labels},le="${le}"} 10`,
      ),
      `revision_request_latencies_sum{${labels}} 100`,
      `revision_request_latencies_count{${labels}} 10`,
    ];
  }).flat(),
];

const context = { tenant: 'bench', source: 'scrape' as const, job: 'bench', receivedAtNs: 1n };

for (const [name, lines] of [
  ['cadvisor', createCadvisor()],
  ['dcgm', createDcgm()],
  ['knative histograms', createHistograms()],
] as const) {
  const parsed = parsePrometheusText(lines.join('\n'), { format: 'prometheus' });
  for (let run = 0; run < 10; run += 1) normalizePrometheus(parsed, context);
  const runs = 30;
  const start = process.hrtime.bigint();
  for (let run = 0; run < runs; run += 1) normalizePrometheus(parsed, context);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = (parsed.samples.length * runs) / seconds / 1e6;
  console.log(`${name}: ${parsed.samples.length} samples, ${rate.toFixed(2)} M samples/s`);
}
