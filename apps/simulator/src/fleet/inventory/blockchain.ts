import { between } from '../distributions.ts';
import type { EntityBase, LatencyProfile } from '../types.ts';
import { loadOf, rngFor } from './common.ts';

export type Channel = {
  readonly name: string;
  readonly txPerBlock: number;
  readonly genesisHeight: number;
};

/**
 * Ledger nodes. A peer's request stream counts what it serves (endorsements, RPC calls, flows);
 * block heights follow the chain: per channel for Fabric, slot time for Ethereum clients.
 */
export type LedgerNode = EntityBase & {
  readonly kind: 'ledger';
  readonly client: 'fabric' | 'geth' | 'parity' | 'corda';
  readonly network: string;
  readonly org: string;
  readonly channels: readonly Channel[];
  /** Ethereum: seconds per block and the head at the timeline origin. */
  readonly blockSeconds: number;
  readonly originHeight: number;
  readonly maxPeers: number;
  readonly latency: LatencyProfile;
  readonly version: string;
};

type Plan = [string, LedgerNode['client'], string, string, number, number];

const PLANS: readonly Plan[] = [
  ['fabric-peer0-org1', 'fabric', 'supply-network', 'Org1MSP', 6, 0],
  ['fabric-peer1-org1', 'fabric', 'supply-network', 'Org1MSP', 4, 0],
  ['fabric-peer0-org2', 'fabric', 'supply-network', 'Org2MSP', 5, 0.15],
  ['geth-mainnet-01', 'geth', 'mainnet', 'infra', 22, 0],
  ['geth-sepolia-01', 'geth', 'sepolia', 'infra', 4, 0.2],
  ['parity-classic-01', 'parity', 'classic', 'infra', 1.5, 0],
  ['corda-partya', 'corda', 'trade-finance', 'O=PartyA, L=London, C=GB', 0.8, 0],
  ['corda-partyb', 'corda', 'trade-finance', 'O=PartyB, L=New York, C=US', 0.5, 0.1],
];

const FABRIC_CHANNELS: readonly Channel[] = [
  { name: 'mychannel', txPerBlock: 9, genesisHeight: 18_240 },
  { name: 'supplychain', txPerBlock: 24, genesisHeight: 301_877 },
];

const ETHEREUM: Readonly<Record<string, { blockSeconds: number; height: number }>> = {
  mainnet: { blockSeconds: 12.1, height: 21_400_000 },
  sepolia: { blockSeconds: 12.05, height: 7_350_000 },
  classic: { blockSeconds: 13.4, height: 21_050_000 },
};

const VERSIONS = {
  fabric: '2.5.10',
  geth: '1.14.12-stable',
  parity: '3.3.5',
  corda: '4.12',
} as const;

export const createLedgerNodes = (seed: number): LedgerNode[] =>
  PLANS.map(([id, client, network, org, rate, appearsAt]) => {
    const rng = rngFor(seed, id);
    const chain = ETHEREUM[network];
    const platform =
      client === 'fabric' ? 'hyperledger-fabric' : client === 'parity' ? 'parity' : client;

    return {
      kind: 'ledger',
      id,
      name: id,
      platform,
      paradigm: 'blockchain',
      client,
      network,
      org,
      channels: client === 'fabric' ? FABRIC_CHANNELS : [],
      blockSeconds: chain?.blockSeconds ?? 0,
      originHeight: chain?.height ?? 0,
      maxPeers: client === 'geth' ? 50 : client === 'parity' ? 25 : 8,
      latency: { median: client === 'fabric' ? 0.018 : 0.004, sigma: 0.6 },
      version: VERSIONS[client],
      appearsAt,
      restartEveryDays: 20,
      load: loadOf(rng, { baseRate: rate, diurnal: between(rng, 0.2, 0.5), weekend: 0.8 }),
      growth: { from: 0.9, to: 1.1 },
      errorRatio: between(rng, 0.005, 0.03),
    } satisfies LedgerNode;
  });
