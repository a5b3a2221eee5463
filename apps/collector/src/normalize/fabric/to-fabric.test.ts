import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toFabricKpis } from './to-fabric.ts';

const TX = 'chaincode="basic:1.0",channel="mychannel",transaction_type="ENDORSER_TRANSACTION"';
const PROPOSAL = 'chaincode="basic:1.0",channel="mychannel",success="true"';

const SCRAPE = `
# HELP ledger_blockchain_height Height of the chain in blocks.
# TYPE ledger_blockchain_height gauge
ledger_blockchain_height{channel="mychannel"} 1042
ledger_blockchain_height{channel="supplychain"} 77
# HELP ledger_transaction_count Number of transactions processed.
# TYPE ledger_transaction_count counter
ledger_transaction_count{${TX},validation_code="VALID"} 5000
ledger_transaction_count{${TX},validation_code="MVCC_READ_CONFLICT"} 12
ledger_transaction_count{chaincode="_lifecycle:1.0",channel="mychannel",transaction_type="ENDORSER_TRANSACTION",validation_code="VALID"} 4
ledger_transaction_count{chaincode="",channel="mychannel",transaction_type="CONFIG",validation_code="VALID"} 1
# HELP endorser_proposal_duration The time to complete a proposal.
# TYPE endorser_proposal_duration histogram
endorser_proposal_duration_bucket{${PROPOSAL},le="0.005"} 10
endorser_proposal_duration_bucket{${PROPOSAL},le="0.01"} 40
endorser_proposal_duration_bucket{${PROPOSAL},le="0.025"} 90
endorser_proposal_duration_bucket{${PROPOSAL},le="0.05"} 99
endorser_proposal_duration_bucket{${PROPOSAL},le="+Inf"} 100
endorser_proposal_duration_sum{${PROPOSAL}} 1.9
endorser_proposal_duration_count{${PROPOSAL}} 100
# TYPE endorser_proposals_received counter
endorser_proposals_received 100
# TYPE gossip_membership_total_peers_known gauge
gossip_membership_total_peers_known{channel="mychannel"} 3
gossip_membership_total_peers_known{channel="supplychain"} 5
`;

describe('toFabricKpis', () => {
  const batch = toFabricKpis(parseFixture(SCRAPE), createContext({ instance: 'peer0.org1:9443' }));

  it('keeps block height per channel', () => {
    expect(readSamples(batch, 'block_height')).toEqual([
      { labels: { channel: 'mychannel' }, value: 1042 },
      { labels: { channel: 'supplychain' }, value: 77 },
    ]);
  });

  it('splits transactions into valid and invalid, invalid ones also as errors by code', () => {
    expect(readSamples(batch, 'transactions_total')).toEqual([
      { labels: { channel: 'mychannel', valid: 'true' }, value: 5005 },
      { labels: { channel: 'mychannel', valid: 'false' }, value: 12 },
    ]);
    expect(readSamples(batch, 'errors_total')).toEqual([
      { labels: { reason: 'MVCC_READ_CONFLICT' }, value: 12 },
    ]);
  });

  it('reads the proposal histogram with non-cumulative buckets', () => {
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      count: 100,
      sum: 1.9,
      bounds: [0.005, 0.01, 0.025, 0.05],
      bucketCounts: [10, 30, 50, 9, 1],
    });
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 100 }]);
  });

  it('keeps the largest per-channel peer set rather than adding them up', () => {
    expect(readSamples(batch, 'peers')).toEqual([{ labels: {}, value: 5 }]);
    expect(batch.samples[0]?.resource).toEqual({
      tenant: 'acme',
      paradigm: 'blockchain',
      platform: 'hyperledger-fabric',
      instance: 'peer0.org1:9443',
      attributes: { job: 'fixture' },
    });
  });
});
