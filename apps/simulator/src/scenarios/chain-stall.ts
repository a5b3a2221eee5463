import { z } from 'zod';

import type { ChainStall } from './types.ts';
import { isInWindow } from './types.ts';
import { resolveWindow, ZWindowParams } from './window-params.ts';

/** A peer stops importing blocks (lost consensus, stuck sync): its height stays put. */
export const CHAIN_STALL = {
  name: 'chain-stall',
  description: "A peer's block height stops advancing (one channel, or all when none is given)",
  example: 'chain-stall:peer=fabric-peer0-org1,channel=supplychain,from=-20m',
  schema: ZWindowParams.extend({
    peer: z.string().min(1),
    channel: z.string().min(1).optional(),
  }),
  create: (raw: Record<string, unknown>, nowMs: number): ChainStall => {
    const params = CHAIN_STALL.schema.parse(raw);
    const base = { peer: params.peer };

    return {
      name: 'chain-stall',
      params: params.channel === undefined ? base : { ...base, channel: params.channel },
      ...resolveWindow(params, nowMs),
    };
  },
  /** When the stall of `peer`/`channel` began, if it holds at `t`. */
  stalledSince: (scenario: ChainStall, peer: string, channel: string, t: number) =>
    scenario.params.peer === peer &&
    (scenario.params.channel === undefined || scenario.params.channel === channel) &&
    isInWindow(scenario, t)
      ? scenario.fromMs
      : undefined,
} as const;
