import type { RuleSet } from './types.ts';

/**
 * Corda has no Prometheus endpoint; nodes are read through the Prometheus JMX exporter
 * (Jolokia alternatively), which names MBean `net.corda:type=Flows,name=Started` attribute
 * `Count` as `net_corda_Flows_Started_Count` (lower-cased with `lowercaseOutputName`), TYPE
 * untyped: the rule decides it is a counter. Only flow starts are mapped; flow errors,
 * in-flight verifications and latencies depend on the exporter config and stay a gap.
 * @see https://docs.r3.com/en/platform/corda/4.12/community/node-administration.html
 */
export const CORDA_RULES: RuleSet = {
  family: 'corda',
  rules: [
    {
      match: { metric: 'net_corda_Flows_Started_Count' },
      aliases: ['net_corda_flows_started_count'],
      kpi: 'requests_total',
      shape: 'counter',
      acceptTypes: ['gauge'],
    },
  ],
};
