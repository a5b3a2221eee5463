import type { RuleSet } from './types.ts';

/**
 * Hyperledger Fabric peer operations service (`/metrics`). Heights and transaction counts
 * are per `channel`; a transaction is valid when `validation_code="VALID"`, any other code
 * (MVCC_READ_CONFLICT, ENDORSEMENT_POLICY_FAILURE, …) is a failed transaction.
 * `endorser_proposal_duration` is in seconds.
 * @see https://hyperledger-fabric.readthedocs.io/en/latest/metrics_reference.html
 */
export const FABRIC_RULES: RuleSet = {
  family: 'fabric',
  rules: [
    {
      match: { metric: 'ledger_blockchain_height' },
      kpi: 'block_height',
      shape: 'gauge',
      labels: { channel: 'channel' },
      merge: 'max',
    },
    {
      match: { metric: 'ledger_transaction_count' },
      kpi: 'transactions_total',
      shape: 'counter',
      labels: { channel: 'channel', valid: { from: 'validation_code', equals: 'VALID' } },
    },
    {
      match: {
        metric: 'ledger_transaction_count',
        where: [{ label: 'validation_code', notIn: ['VALID'] }],
      },
      kpi: 'errors_total',
      shape: 'counter',
      labels: { reason: 'validation_code' },
    },
    {
      match: { metric: 'endorser_proposal_duration' },
      kpi: 'request_duration_seconds',
      shape: 'histogram',
    },
    { match: { metric: 'endorser_proposals_received' }, kpi: 'requests_total', shape: 'counter' },
    {
      match: { metric: 'endorser_endorsement_failures' },
      kpi: 'errors_total',
      shape: 'counter',
      constLabels: { reason: 'endorsement_failure' },
    },
    // Known peers per channel overlap across channels: the largest set is kept, not the sum.
    {
      match: { metric: 'gossip_membership_total_peers_known' },
      kpi: 'peers',
      shape: 'gauge',
      merge: 'max',
    },
  ],
};
