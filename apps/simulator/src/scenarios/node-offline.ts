import { z } from 'zod';

import type { NodeOffline } from './types.ts';
import { isInWindow } from './types.ts';
import { resolveWindow, ZWindowParams } from './window-params.ts';

/** An edge node drops off the network: its endpoints stop answering, its pushes stop. */
export const NODE_OFFLINE = {
  name: 'node-offline',
  description: 'A node stops reporting: scrapes of its exporters fail, its remote-write stops',
  example: 'node-offline:node=edge-k3s-02,from=now',
  schema: ZWindowParams.extend({ node: z.string().min(1) }),
  create: (raw: Record<string, unknown>, nowMs: number): NodeOffline => {
    const params = NODE_OFFLINE.schema.parse(raw);

    return { name: 'node-offline', params: { node: params.node }, ...resolveWindow(params, nowMs) };
  },
  isOffline: (scenario: NodeOffline, node: string, t: number): boolean =>
    scenario.params.node === node && isInWindow(scenario, t),
} as const;
