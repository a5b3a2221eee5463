import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import type { LedgerNode } from '../../fleet/inventory/blockchain.ts';
import { jitterAt, rateAt } from '../../fleet/load.ts';
import { writeProcessFamilies } from './families.ts';
import { formatJava } from './format.ts';
import { processStatsOf } from './process-stats.ts';
import { createTextWriter } from './text.ts';

const help = (bean: string, attribute: string) =>
  `Attribute exposed for management net.corda:type=${bean.split('_')[0] ?? bean},name=${bean.split('_')[1] ?? ''},attribute=${attribute}`;

/**
 * A Corda node read through the Prometheus JMX exporter agent: MBean attributes become
 * `net_corda_<type>_<name>_<attribute>` typed untyped, numbers as Java prints them (`1.0`,
 * `3.4E7`), and no newline after the last line.
 */
export const renderCorda = (ctx: FleetContext, node: LedgerNode, t: number): string => {
  const w = createTextWriter({ format: formatJava, noTrailingNewline: true });
  const started = Math.floor(totalAt(ctx, node, 'requests', t));
  const failed = Math.floor(totalAt(ctx, node, 'errors', t));
  const inFlight = Math.round(rateAt(ctx, node, t) * 2.4);
  const untyped = (bean: string, attribute: string, value: number) => {
    const name = `net_corda_${bean}_${attribute}`;
    w.family(name, 'untyped', help(bean, attribute));
    w.sample(name, [], value);
  };

  untyped('Flows_Started', 'Count', started);
  untyped('Flows_Finished', 'Count', Math.max(0, started - inFlight));
  untyped('Flows_Failed', 'Count', failed);
  untyped('Flows_InFlight', 'Value', inFlight);
  untyped(
    'Flows_StartedPerMinute',
    'OneMinuteRate',
    Math.round(rateAt(ctx, node, t) * 60 * 1000) / 1000,
  );
  untyped('VerificationsInFlight', 'Value', Math.round(inFlight * 0.3));
  w.family('jvm_memory_bytes_used', 'gauge', 'Used bytes of a given JVM memory area.');
  w.sample(
    'jvm_memory_bytes_used',
    [['area', 'heap']],
    Math.round(1.1e9 * jitterAt(ctx, node.id, 'heap', t, 0.1)),
  );
  w.sample('jvm_memory_bytes_used', [['area', 'nonheap']], 2.14e8);
  writeProcessFamilies(
    w,
    processStatsOf(ctx, node, t, {
      cpuPerRequest: 0.35,
      idleCores: 0.05,
      residentBytes: 1.6 * 1024 ** 3,
    }),
  );
  w.family('jmx_scrape_error', 'gauge', 'Non-zero if this scrape failed.');
  w.sample('jmx_scrape_error', [], 0);

  return w.text();
};
