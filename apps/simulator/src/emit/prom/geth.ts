import {
  ethereumHeightAt,
  networkHeightAt,
  peerCountAt,
  txpoolPendingAt,
} from '../../fleet/chain-model.ts';
import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import { logNormalOf, quantileOf } from '../../fleet/histogram.ts';
import type { LedgerNode } from '../../fleet/inventory/blockchain.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import { jitterAt } from '../../fleet/load.ts';
import { writeSummary } from './families.ts';
import { formatGo } from './format.ts';
import { createTextWriter } from './text.ts';

const QUANTILES = ['0.50', '0.75', '0.95', '0.99', '0.999', '0.9999'] as const;
const INSERT = { median: 0.085, sigma: 0.45 };

/**
 * go-ethereum `/debug/metrics/prometheus`, written by geth's own encoder: no HELP lines, a
 * blank line after each family, counters typed `gauge`, timers as a `<name>_count` counter
 * plus a summary in nanoseconds with "0.50"-style quantiles, and `name {a="b", c="d"}`.
 */
export const renderGeth = (ctx: FleetContext, node: LedgerNode, t: number): string => {
  const w = createTextWriter({
    format: formatGo,
    omitHelp: true,
    blankBetweenFamilies: true,
    spaceBeforeBrace: true,
    spaceAfterComma: true,
  });
  const head = ethereumHeightAt(ctx, node, t);
  const requests = Math.floor(totalAt(ctx, node, 'requests', t));
  const failures = Math.floor(totalAt(ctx, node, 'errors', t));
  const imported = Math.max(0, head - ethereumHeightAt(ctx, node, lastStartAt(ctx, node, t)));
  const gauge = (name: string, value: number) => {
    w.family(name, 'gauge');
    w.sample(name, [], value);
  };

  gauge('chain_head_block', head);
  // Headers keep arriving from peers while block import is stuck.
  gauge('chain_head_header', networkHeightAt(ctx, node, t));
  gauge('chain_head_receipt', head);
  w.family('chain_inserts_count', 'counter');
  w.sample('chain_inserts_count', [], imported);
  w.family('chain_inserts', 'summary');
  const insert = logNormalOf(INSERT);
  writeSummary(w, 'chain_inserts', [], {
    quantiles: QUANTILES.map((q) => [q, Math.round(quantileOf(insert, Number(q)) * 1e9)]),
  });
  w.family('geth_info', 'gauge');
  w.sample(
    'geth_info',
    [
      ['arch', 'amd64'],
      ['commit', '293a300d64be3d9a1c2fb0b7a8a6b5e8e3c3f1d2'],
      ['os', 'linux'],
      ['protocol_versions', '68'],
      ['version', node.version],
    ],
    1,
  );
  gauge('p2p_peers', peerCountAt(ctx, node, node.network, t));
  gauge('p2p_peers_inbound', Math.floor(peerCountAt(ctx, node, node.network, t) / 3));
  gauge('rpc_failure', failures);
  gauge('rpc_requests', requests);
  gauge('rpc_success', requests - failures);
  w.family('rpc_duration_all_count', 'counter');
  w.sample('rpc_duration_all_count', [], requests);
  w.family('rpc_duration_all', 'summary');
  const latency = logNormalOf(node.latency);
  writeSummary(w, 'rpc_duration_all', [], {
    quantiles: QUANTILES.map((q) => [
      q,
      Math.round(quantileOf(latency, Number(q)) * 1e9 * jitterAt(ctx, node.id, 'rpc', t, 0.05)),
    ]),
  });
  gauge('txpool_pending', txpoolPendingAt(ctx, node, t));
  gauge('txpool_queued', Math.round(90 * jitterAt(ctx, node.id, 'queued', t, 0.3)));

  return w.text();
};
