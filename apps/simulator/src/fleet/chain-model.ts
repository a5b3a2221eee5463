import { stalledSinceAt } from '../scenarios/effects.ts';
import type { FleetContext } from './context.ts';
import { countBetween } from './counters.ts';
import type { Channel, LedgerNode } from './inventory/blockchain.ts';
import { lastStartAt, LEAD_MS } from './lifecycle.ts';
import { jitterAt } from './load.ts';
import type { EntityBase } from './types.ts';

/**
 * A Fabric channel is shared by its peers: its transaction stream is one entity, so every
 * peer of the channel reports the same height (a stalled peer falls behind).
 */
export const channelEntity = (channel: Channel): EntityBase => ({
  id: `fabric-channel/${channel.name}`,
  platform: 'hyperledger-fabric',
  paradigm: 'blockchain',
  name: channel.name,
  appearsAt: 0,
  restartEveryDays: 100_000,
  load: {
    baseRate: channel.txPerBlock * 0.35,
    diurnal: 0.45,
    peakHour: 14,
    weekend: 0.6,
    burstChance: 0.02,
    noise: 0.2,
  },
  growth: { from: 0.9, to: 1.2 },
  errorRatio: 0.03,
});

/** The instant the peer's view of a chain stops at (`t`, or when a stall began). */
export const chainTimeAt = (ctx: FleetContext, node: LedgerNode, chain: string, t: number) =>
  Math.min(t, stalledSinceAt(ctx, node.id, chain, t) ?? t);

const chainStart = (ctx: FleetContext): number => ctx.originMs - LEAD_MS;

/** Transactions committed on a channel up to `t` (since the table's start, never reset). */
export const channelTxAt = (ctx: FleetContext, channel: Channel, t: number) =>
  countBetween(ctx, channelEntity(channel), 'requests', chainStart(ctx), t);

export const channelHeightAt = (
  ctx: FleetContext,
  node: LedgerNode,
  channel: Channel,
  t: number,
): number => {
  const at = chainTimeAt(ctx, node, channel.name, t);

  return channel.genesisHeight + Math.floor(channelTxAt(ctx, channel, at) / channel.txPerBlock);
};

/** Valid and invalid transactions this peer committed on `channel` since it started. */
export const peerTransactions = (
  ctx: FleetContext,
  node: LedgerNode,
  channel: Channel,
  t: number,
): { valid: number; invalid: number } => {
  const entity = channelEntity(channel);
  const start = lastStartAt(ctx, node, t);
  const at = chainTimeAt(ctx, node, channel.name, t);
  const all = countBetween(ctx, entity, 'requests', start, at);
  const invalid = countBetween(ctx, entity, 'errors', start, at);

  return { valid: Math.floor(all - invalid), invalid: Math.floor(invalid) };
};

/** The network's head: one block per slot since the origin height. */
export const networkHeightAt = (ctx: FleetContext, node: LedgerNode, t: number): number =>
  node.originHeight + Math.floor((t - ctx.originMs) / (node.blockSeconds * 1000));

/** The node's own head: the network's, frozen while the node is stalled. */
export const ethereumHeightAt = (ctx: FleetContext, node: LedgerNode, t: number): number =>
  networkHeightAt(ctx, node, chainTimeAt(ctx, node, node.network, t));

/** Connected peers: near the limit, few while the node is stuck. */
export const peerCountAt = (ctx: FleetContext, node: LedgerNode, chain: string, t: number) => {
  const stalled = stalledSinceAt(ctx, node.id, chain, t) !== undefined;
  const base = stalled ? 3 : node.maxPeers * 0.9;

  return Math.max(
    1,
    Math.min(node.maxPeers, Math.round(base * jitterAt(ctx, node.id, 'peers', t, 0.06))),
  );
};

/** Pending transactions: steady around a level, piling up while the node cannot import. */
export const txpoolPendingAt = (ctx: FleetContext, node: LedgerNode, t: number): number => {
  const since = stalledSinceAt(ctx, node.id, node.network, t);
  const level = node.network === 'mainnet' ? 5200 : 140;
  const backlog = since === undefined ? 0 : ((t - since) / 1000) * (level / 600);

  return Math.round(level * jitterAt(ctx, node.id, 'txpool', t, 0.15) + backlog);
};
