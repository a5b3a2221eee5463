import type { RuleSet } from './types.ts';

/**
 * go-ethereum (`--metrics`, `/debug/metrics/prometheus`). Internal names with '/' become '_'
 * (`chain/head/block` → `chain_head_block`). geth's own encoder writes counters and meters
 * as TYPE `gauge`, timers as a `<name>_count` counter plus a `<name>` summary with no `_sum`,
 * quantile labels such as "0.5"/"0.50", durations in **ns**, and no HELP lines.
 * `rpc/requests`, `rpc/success` and `rpc/failure` only ever grow: counters typed gauge.
 * @see https://github.com/ethereum/go-ethereum/blob/master/metrics/prometheus/collector.go
 * @see https://github.com/ethereum/go-ethereum/blob/master/rpc/metrics.go
 */
export const GETH_RULES: RuleSet = {
  family: 'geth',
  rules: [
    { match: { metric: 'chain_head_block' }, kpi: 'block_height', shape: 'gauge' },
    { match: { metric: 'p2p_peers' }, kpi: 'peers', shape: 'gauge' },
    { match: { metric: 'txpool_pending' }, kpi: 'queue_depth', shape: 'gauge' },
    {
      match: { metric: 'rpc_requests' },
      kpi: 'requests_total',
      shape: 'counter',
      acceptTypes: ['gauge'],
    },
    {
      match: { metric: 'rpc_failure' },
      kpi: 'errors_total',
      shape: 'counter',
      acceptTypes: ['gauge'],
      constLabels: { reason: 'rpc_failure' },
    },
    {
      match: { metric: 'rpc_duration_all' },
      kpi: 'request_duration_seconds',
      shape: 'summary',
      convert: 'nanoseconds',
      countSibling: 'rpc_duration_all_count',
    },
  ],
};
