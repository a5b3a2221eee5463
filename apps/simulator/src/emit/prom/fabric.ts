import { peerTransactions, channelHeightAt, peerCountAt } from '../../fleet/chain-model.ts';
import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import { logNormalOf, toCumulativeHistogram } from '../../fleet/histogram.ts';
import type { LedgerNode } from '../../fleet/inventory/blockchain.ts';
import { lastStartAt } from '../../fleet/lifecycle.ts';
import { writeGoFamilies, writeHistogram, writeProcessFamilies } from './families.ts';
import { formatGo } from './format.ts';
import { processStatsOf } from './process-stats.ts';
import { createTextWriter } from './text.ts';

const BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const CHAINCODES: Readonly<Record<string, string>> = {
  mychannel: 'basic:1.0',
  supplychain: 'trace:2.3',
};

/**
 * Hyperledger Fabric peer operations service `/metrics`: per-channel heights and transaction
 * counts by validation code, endorsement latency in seconds, and a raft family the peer
 * registers but never fills.
 */
export const renderFabric = (ctx: FleetContext, node: LedgerNode, t: number): string => {
  const w = createTextWriter({ format: formatGo });
  const proposals = totalAt(ctx, node, 'requests', t);
  const failures = totalAt(ctx, node, 'errors', t);

  w.family(
    'consensus_etcdraft_is_leader',
    'gauge',
    'The leadership status of the current node: 1 if it is the leader else 0.',
  );
  w.family('endorser_endorsement_failures', 'counter', 'The number of failed endorsements.');
  w.sample(
    'endorser_endorsement_failures',
    [
      ['chaincode', 'basic:1.0'],
      ['chaincodeerror', 'false'],
      ['channel', 'mychannel'],
    ],
    Math.floor(failures),
  );
  w.family('endorser_proposal_duration', 'histogram', 'The time to complete a proposal.');
  for (const channel of node.channels) {
    const share = channel.name === 'mychannel' ? 0.35 : 0.65;
    const histogram = toCumulativeHistogram(
      [{ count: (proposals - failures) * share, factor: 1 }],
      logNormalOf(node.latency),
      BOUNDS,
    );
    writeHistogram(
      w,
      'endorser_proposal_duration',
      [
        ['chaincode', CHAINCODES[channel.name] ?? 'basic:1.0'],
        ['channel', channel.name],
        ['success', 'true'],
      ],
      histogram,
      formatGo,
    );
  }
  w.family('endorser_proposals_received', 'counter', 'The number of proposals received.');
  w.sample('endorser_proposals_received', [], Math.floor(proposals));
  w.family('endorser_successful_proposals', 'counter', 'The number of successful proposals.');
  w.sample('endorser_successful_proposals', [], Math.floor(proposals - failures));
  w.family('gossip_membership_total_peers_known', 'gauge', 'Total known peers');
  for (const channel of node.channels) {
    w.sample(
      'gossip_membership_total_peers_known',
      [['channel', channel.name]],
      Math.min(2, peerCountAt(ctx, node, channel.name, t)),
    );
  }
  w.family(
    'grpc_server_unary_requests_completed',
    'counter',
    'The number of unary requests completed.',
  );
  w.sample(
    'grpc_server_unary_requests_completed',
    [
      ['code', 'OK'],
      ['method', 'ProcessProposal'],
      ['service', 'protos_Endorser'],
    ],
    Math.floor(proposals - failures),
  );
  w.sample(
    'grpc_server_unary_requests_completed',
    [
      ['code', 'Unavailable'],
      ['method', 'ProcessProposal'],
      ['service', 'protos_Endorser'],
    ],
    Math.floor(failures * 0.2),
  );
  w.family('ledger_blockchain_height', 'gauge', 'Height of the chain in blocks.');
  for (const channel of node.channels) {
    w.sample(
      'ledger_blockchain_height',
      [['channel', channel.name]],
      channelHeightAt(ctx, node, channel, t),
    );
  }
  w.family('ledger_transaction_count', 'counter', 'Number of transactions processed.');
  for (const channel of node.channels) {
    const { valid, invalid } = peerTransactions(ctx, node, channel, t);
    const labels = (code: string) =>
      [
        ['chaincode', CHAINCODES[channel.name] ?? 'basic:1.0'],
        ['channel', channel.name],
        ['transaction_type', 'ENDORSER_TRANSACTION'],
        ['validation_code', code],
      ] as const;
    w.sample('ledger_transaction_count', labels('VALID'), valid);
    w.sample('ledger_transaction_count', labels('MVCC_READ_CONFLICT'), Math.floor(invalid * 0.8));
    w.sample(
      'ledger_transaction_count',
      labels('ENDORSEMENT_POLICY_FAILURE'),
      invalid - Math.floor(invalid * 0.8),
    );
  }
  writeGoFamilies(w, 412, Math.floor((t - lastStartAt(ctx, node, t)) / 45_000));
  writeProcessFamilies(
    w,
    processStatsOf(ctx, node, t, {
      cpuPerRequest: 0.012,
      idleCores: 0.08,
      residentBytes: 310 * 1024 * 1024,
    }),
  );

  return w.text();
};
