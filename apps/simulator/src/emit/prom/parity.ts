import { ethereumHeightAt, networkHeightAt, peerCountAt } from '../../fleet/chain-model.ts';
import type { FleetContext } from '../../fleet/context.ts';
import type { LedgerNode } from '../../fleet/inventory/blockchain.ts';
import { writeProcessFamilies } from './families.ts';
import { formatRust } from './format.ts';
import { processStatsOf } from './process-stats.ts';
import { createTextWriter } from './text.ts';

/**
 * OpenEthereum (Parity) with `--metrics`: the EIP-2159 common chain metrics beside the
 * process collector of Rust's prometheus crate (which reads /proc). Plain Rust float output.
 * @see https://eips.ethereum.org/EIPS/eip-2159
 */
export const renderParity = (ctx: FleetContext, node: LedgerNode, t: number): string => {
  const w = createTextWriter({ format: formatRust });
  const head = ethereumHeightAt(ctx, node, t);

  w.family('ethereum_best_known_block_number', 'gauge', 'The estimated highest block available');
  w.sample('ethereum_best_known_block_number', [], networkHeightAt(ctx, node, t));
  w.family('ethereum_blockchain_height', 'gauge', 'The current height of the canonical chain');
  w.sample('ethereum_blockchain_height', [], head);
  w.family('ethereum_peer_count', 'gauge', 'The current number of peers connected');
  w.sample('ethereum_peer_count', [], peerCountAt(ctx, node, node.network, t));
  w.family('ethereum_peer_limit', 'gauge', 'The maximum number of peers this node can connect to');
  w.sample('ethereum_peer_limit', [], node.maxPeers);
  writeProcessFamilies(
    w,
    processStatsOf(ctx, node, t, {
      cpuPerRequest: 0.02,
      idleCores: 0.3,
      residentBytes: 2.7 * 1024 ** 3,
    }),
  );

  return w.text();
};
