import type { FleetContext } from '../../fleet/context.ts';
import { derivedTotal } from '../../fleet/derived.ts';
import type { NodeEntity } from '../../fleet/inventory/nodes.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import {
  nodeBusySeconds,
  nodeLoadFactor,
  nodeMemoryUsedBytes,
  nodeUptimeSeconds,
} from '../../fleet/node-model.ts';
import { formatGo } from './format.ts';
import { createTextWriter } from './text.ts';

/** How busy time splits over modes on a Linux node; iowait is idle time waiting on disks. */
const BUSY_MODES = [
  ['irq', 0.01],
  ['nice', 0.004],
  ['softirq', 0.036],
  ['steal', 0],
  ['system', 0.22],
  ['user', 0.73],
] as const;

/** /proc/stat counts in USER_HZ ticks: node_exporter's CPU seconds step by 0.01. */
const ticks = (seconds: number): number => Math.round(seconds * 100) / 100;

/**
 * prometheus/node_exporter `/metrics` (Linux collectors cpu, meminfo, netdev, os, uname):
 * client_golang number formatting, so big gauges come out as `3.3285996544e+10`.
 */
export const renderNodeExporter = (ctx: FleetContext, node: NodeEntity, t: number): string => {
  const w = createTextWriter({ format: formatGo });
  const busy = nodeBusySeconds(ctx, node, t);
  const uptime = nodeUptimeSeconds(ctx, node, t);
  const used = nodeMemoryUsedBytes(ctx, node, t);

  w.family('node_boot_time_seconds', 'gauge', 'Node boot time, in unixtime.');
  w.sample('node_boot_time_seconds', [], Math.floor(lastStartAt(ctx, node, t) / 1000));
  w.family('node_cpu_seconds_total', 'counter', 'Seconds the CPUs spent in each mode.');
  for (let cpu = 0; cpu < node.cores; cpu++) {
    // Core 0 takes a little more (interrupts); shares still add up to one.
    const share = (1 + (cpu === 0 ? 0.2 : -0.2 / Math.max(1, node.cores - 1))) / node.cores;
    const iowait = busy * share * 0.03;
    const idle = Math.max(0, uptime - busy * share - iowait);
    const labels = (mode: string) =>
      [
        ['cpu', String(cpu)],
        ['mode', mode],
      ] as const;
    w.sample('node_cpu_seconds_total', labels('idle'), ticks(idle));
    w.sample('node_cpu_seconds_total', labels('iowait'), ticks(iowait));
    for (const [mode, part] of BUSY_MODES) {
      w.sample('node_cpu_seconds_total', labels(mode), ticks(busy * share * part));
    }
  }
  w.family('node_load1', 'gauge', '1m load average.');
  w.sample('node_load1', [], Math.round(nodeLoadFactor(ctx, node, t) * node.cores * 28) / 100);
  w.family(
    'node_memory_MemAvailable_bytes',
    'gauge',
    'Memory information field MemAvailable_bytes.',
  );
  w.sample('node_memory_MemAvailable_bytes', [], node.memoryBytes - used);
  w.family('node_memory_MemFree_bytes', 'gauge', 'Memory information field MemFree_bytes.');
  w.sample('node_memory_MemFree_bytes', [], Math.round((node.memoryBytes - used) * 0.31));
  w.family('node_memory_MemTotal_bytes', 'gauge', 'Memory information field MemTotal_bytes.');
  w.sample('node_memory_MemTotal_bytes', [], node.memoryBytes);
  const device = node.arch === 'arm64' ? 'end0' : 'eth0';
  w.family(
    'node_network_receive_bytes_total',
    'counter',
    'Network device statistic receive_bytes.',
  );
  w.sample(
    'node_network_receive_bytes_total',
    [['device', device]],
    Math.floor(derivedTotal(ctx, node, 'rx', 180_000, t)),
  );
  w.sample(
    'node_network_receive_bytes_total',
    [['device', 'lo']],
    Math.floor(derivedTotal(ctx, node, 'lo', 9_000, t)),
  );
  w.family(
    'node_network_transmit_bytes_total',
    'counter',
    'Network device statistic transmit_bytes.',
  );
  w.sample(
    'node_network_transmit_bytes_total',
    [['device', device]],
    Math.floor(derivedTotal(ctx, node, 'tx', 95_000, t)),
  );
  w.sample(
    'node_network_transmit_bytes_total',
    [['device', 'lo']],
    Math.floor(derivedTotal(ctx, node, 'lo', 9_000, t)),
  );
  w.family(
    'node_os_info',
    'gauge',
    "A metric with a constant '1' value labeled by build_id, id, id_like, image_id, image_version, name, pretty_name, variant, variant_id, version, version_codename, version_id.",
  );
  const isNoble = node.osImage.includes('24.04');
  w.sample(
    'node_os_info',
    [
      ['build_id', ''],
      ['id', 'ubuntu'],
      ['id_like', 'debian'],
      ['image_id', ''],
      ['image_version', ''],
      ['name', 'Ubuntu'],
      ['pretty_name', node.osImage],
      ['variant', ''],
      ['variant_id', ''],
      ['version', isNoble ? '24.04.1 LTS (Noble Numbat)' : '22.04.5 LTS (Jammy Jellyfish)'],
      ['version_codename', isNoble ? 'noble' : 'jammy'],
      ['version_id', isNoble ? '24.04' : '22.04'],
    ],
    1,
  );
  w.family(
    'node_scrape_collector_success',
    'gauge',
    'node_exporter: Whether a collector succeeded.',
  );
  for (const collector of ['cpu', 'meminfo', 'netdev', 'os', 'uname']) {
    w.sample('node_scrape_collector_success', [['collector', collector]], 1);
  }
  w.family(
    'node_uname_info',
    'gauge',
    'Labeled system information as provided by the uname system call.',
  );
  w.sample(
    'node_uname_info',
    [
      ['domainname', '(none)'],
      ['machine', node.arch === 'arm64' ? 'aarch64' : 'x86_64'],
      ['nodename', node.id],
      ['release', node.kernel],
      ['sysname', 'Linux'],
      ['version', '#58-Ubuntu SMP PREEMPT_DYNAMIC Thu Oct 31 12:00:00 UTC 2024'],
    ],
    1,
  );

  return w.text();
};
