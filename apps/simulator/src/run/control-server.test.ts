import { afterAll, describe, expect, it } from 'vitest';

import { createFleet } from '../fleet/fleet.ts';
import { ORIGIN } from '../test-utils/fixtures.ts';
import { startControlServer } from './control-server.ts';
import { createSilentLogger } from './logger.ts';

const NOW = ORIGIN + 1_000_000;

describe('control API', async () => {
  const fleet = createFleet({ seed: 'control', originMs: ORIGIN });
  const control = await startControlServer({
    fleet,
    port: 0,
    logger: createSilentLogger(),
    served: () => [],
    phase: () => 'live',
    now: () => NOW,
  });
  const base = `http://127.0.0.1:${control.port}`;
  afterAll(() => control.close());
  const post = (body: unknown) =>
    fetch(`${base}/scenarios`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  it('answers /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(await response.json()).toMatchObject({ status: 'ok', phase: 'live', seed: 'control' });
  });

  it('injects a scenario at run time, which the model then applies', async () => {
    const response = await post({
      name: 'chain-stall',
      params: { peer: 'geth-mainnet-01', from: '-5m' },
    });
    expect(response.status).toBe(201);
    expect(fleet.ctx.scenarios).toEqual([
      { name: 'chain-stall', params: { peer: 'geth-mainnet-01' }, fromMs: NOW - 300_000 },
    ]);
    const listed = (await (await fetch(`${base}/scenarios`)).json()) as {
      active: unknown[];
      available: { name: string }[];
    };
    expect(listed.active).toHaveLength(1);
    expect(listed.available.map(({ name }) => name)).toContain('quantum-queue-surge');
  });

  it('refuses bad requests with 400 and a reason', async () => {
    const unknown = await post({ name: 'meteor-strike', params: {} });
    expect(unknown.status).toBe(400);
    const missing = await post({ name: 'node-offline', params: {} });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(/node/);
  });

  it('removes scenarios by name', async () => {
    expect((await fetch(`${base}/scenarios/chain-stall`, { method: 'DELETE' })).status).toBe(204);
    expect(fleet.ctx.scenarios).toEqual([]);
    expect((await fetch(`${base}/scenarios/chain-stall`, { method: 'DELETE' })).status).toBe(404);
  });
});
