import { describe, expect, it } from 'vitest';

import { createFleet } from '../fleet/fleet.ts';
import { HOUR_MS } from '../fleet/time.ts';
import { ORIGIN, T } from '../test-utils/fixtures.ts';
import { valueOf } from '../test-utils/prom.ts';
import { createScenario } from './registry.ts';

const FROM = T - 6 * HOUR_MS;
const fleet = createFleet({
  seed: 'stall',
  originMs: ORIGIN,
  scenarios: [
    createScenario(
      { name: 'chain-stall', params: { peer: 'geth-mainnet-01', from: String(FROM) } },
      0,
    ),
    createScenario(
      {
        name: 'chain-stall',
        params: { peer: 'fabric-peer0-org1', channel: 'supplychain', from: String(FROM) },
      },
      0,
    ),
  ],
});
const height = (target: string, name: string, t: number, labels: Record<string, string> = {}) =>
  valueOf(fleet, target, t, name, labels);

describe('chain-stall', () => {
  it("keeps a stalled peer's block height constant from T", () => {
    const stalled = [FROM, FROM + HOUR_MS, T].map((t) =>
      height('geth-mainnet-01/geth', 'chain_head_block', t),
    );
    expect(new Set(stalled).size).toBe(1);
    expect(height('geth-mainnet-01/geth', 'chain_head_block', FROM - HOUR_MS)).toBeLessThan(
      stalled[0] ?? 0,
    );
    // Headers keep arriving from the network while blocks are not imported.
    expect(height('geth-mainnet-01/geth', 'chain_head_header', T)).toBeGreaterThan(stalled[0] ?? 0);
  });

  it('stalls only the given Fabric channel on the given peer', () => {
    const supply = (peer: string, t: number) =>
      height(`${peer}/fabric-peer`, 'ledger_blockchain_height', t, { channel: 'supplychain' });
    expect(supply('fabric-peer0-org1', T)).toBe(supply('fabric-peer0-org1', FROM + HOUR_MS));
    expect(supply('fabric-peer1-org1', T)).toBeGreaterThan(
      supply('fabric-peer1-org1', FROM + HOUR_MS),
    );
    const mine = (t: number) =>
      height('fabric-peer0-org1/fabric-peer', 'ledger_blockchain_height', t, {
        channel: 'mychannel',
      });
    expect(mine(T)).toBeGreaterThan(mine(FROM + HOUR_MS));
  });

  it('lets other peers advance', () => {
    expect(height('geth-sepolia-01/geth', 'chain_head_block', T)).toBeGreaterThan(
      height('geth-sepolia-01/geth', 'chain_head_block', FROM + HOUR_MS),
    );
  });
});
