/**
 * Micro-benchmark of the exposition parser on cAdvisor-like text (not a test):
 *   npx tsx src/decode/prometheus/parse.bench.ts
 */
import { parsePrometheusText } from './parse.ts';

type FamilySpec = { name: string; type: string; extra?: [string, string[]] };

const FAMILIES: FamilySpec[] = [
  { name: 'container_cpu_usage_seconds_total', type: 'counter', extra: ['cpu', ['total']] },
  { name: 'container_cpu_user_seconds_total', type: 'counter' },
  { name: 'container_cpu_system_seconds_total', type: 'counter' },
  { name: 'container_cpu_cfs_periods_total', type: 'counter' },
  { name: 'container_cpu_cfs_throttled_periods_total', type: 'counter' },
  { name: 'container_memory_usage_bytes', type: 'gauge' },
  { name: 'container_memory_working_set_bytes', type: 'gauge' },
  { name: 'container_memory_rss', type: 'gauge' },
  { name: 'container_memory_cache', type: 'gauge' },
  { name: 'container_memory_swap', type: 'gauge' },
  { name: 'container_memory_failcnt', type: 'counter' },
  {
    name: 'container_memory_failures_total',
    type: 'counter',
    extra: ['failure_type', ['pgfault', 'pgmajfault']],
  },
  {
    name: 'container_network_receive_bytes_total',
    type: 'counter',
    extra: ['interface', ['eth0']],
  },
  {
    name: 'container_network_transmit_bytes_total',
    type: 'counter',
    extra: ['interface', ['eth0']],
  },
  {
    name: 'container_network_receive_packets_total',
    type: 'counter',
    extra: ['interface', ['eth0']],
  },
  { name: 'container_fs_reads_bytes_total', type: 'counter', extra: ['device', ['/dev/sda']] },
  { name: 'container_fs_writes_bytes_total', type: 'counter', extra: ['device', ['/dev/sda']] },
  { name: 'container_spec_memory_limit_bytes', type: 'gauge' },
  { name: 'container_start_time_seconds', type: 'gauge' },
  { name: 'container_last_seen', type: 'gauge' },
];

function hex(seed: number, length: number): string {
  let out = '';
  let x = seed * 2654435761;
  while (out.length < length) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

function containerLabels(i: number): [string, string][] {
  const pod = `web-${hex(i, 10)}-${hex(i + 7, 5)}`;
  return [
    ['container', `app-${i % 7}`],
    ['id', `/kubepods/burstable/pod${hex(i, 8)}-${hex(i, 4)}/${hex(i + 1, 64)}`],
    ['image', `registry.example.com/team/app-${i % 7}:v1.${i % 13}.0`],
    ['name', `k8s_app_${pod}_ns-${i % 5}_${hex(i + 3, 8)}_0`],
    ['namespace', `ns-${i % 5}`],
    ['pod', pod],
  ];
}

function formatLabels(pairs: [string, string][]): string {
  const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${sorted.map(([k, v]) => `${k}="${v}"`).join(',')}}`;
}

/** Families of cAdvisor output: each container's labels repeat in every family. */
export function generateCadvisorText(targetLines: number): { text: string; lines: number } {
  const perContainer = FAMILIES.reduce((n, f) => n + (f.extra?.[1].length ?? 1), 0);
  const containers = Math.ceil(targetLines / perContainer);
  const out: string[] = [];
  let lines = 0;
  for (const family of FAMILIES) {
    out.push(`# HELP ${family.name} Generated family.`, `# TYPE ${family.name} ${family.type}`);
    for (let c = 0; c < containers; c++) {
      const base = containerLabels(c);
      for (const extra of family.extra?.[1] ?? [undefined]) {
        const pairs =
          family.extra && extra !== undefined
            ? [...base, [family.extra[0], extra] as [string, string]]
            : base;
        const value = ((c * 7919 + lines) % 1000003) / 1000 + 1e6;
        const ts = c % 2 === 0 ? ' 1700000000123' : '';
        out.push(`${family.name}${formatLabels(pairs)} ${value.toExponential(6)}${ts}`);
        lines++;
      }
    }
  }
  return { text: `${out.join('\n')}\n`, lines };
}

/** Lines per second of the least a parser must do: find each line end and read one number. */
function measureFloor(text: string): number {
  const started = process.hrtime.bigint();
  const values: number[] = [];
  for (let pos = 0; pos < text.length;) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    values.push(Number(text.slice(text.lastIndexOf(' ', end) + 1, end)));
    pos = end + 1;
  }
  return values.length / (Number(process.hrtime.bigint() - started) / 1e9);
}

function main(): void {
  const { text, lines } = generateCadvisorText(200_000);
  const rates: number[] = [];
  const floors: number[] = [];
  let samples = 0;
  for (let round = 0; round < 13; round++) {
    const started = process.hrtime.bigint();
    samples = parsePrometheusText(text, { format: 'prometheus' }).samples.length;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const floor = measureFloor(text);
    if (round >= 3) {
      rates.push(samples / seconds);
      floors.push(floor);
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;
  const format = (value: number) => Math.round(value).toLocaleString('en-US');
  const rate = median(rates);
  console.log(
    `${lines} cAdvisor-like lines (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB), ` +
      `${samples} samples: median ${format(rate)} samples/s, best ${format(Math.max(...rates))}; ` +
      `this machine's floor (line split + one number): ${format(median(floors))} lines/s`,
  );
}

if (process.argv[1]?.endsWith('parse.bench.ts')) main();
