import { afterAll, describe, expect, it } from 'vitest';

import { createOtlpPipeline } from '../emit/otlp/pipeline.ts';
import { createFleet } from '../fleet/fleet.ts';
import { HOUR_MS } from '../fleet/time.ts';
import { createCollectorClient } from '../run/collector-client.ts';
import { createSilentLogger } from '../run/logger.ts';
import { startScrapeServers } from '../run/scrape-servers.ts';
import { createSender } from '../run/sender.ts';
import { ORIGIN, T } from '../test-utils/fixtures.ts';
import { startRecorder } from '../test-utils/http.ts';
import { createScenario } from './registry.ts';

const offline = (node: string) =>
  createScenario({ name: 'node-offline', params: { node, from: String(T - HOUR_MS) } }, 0);
const fleet = createFleet({
  seed: 'offline',
  originMs: ORIGIN,
  scenarios: [offline('edge-k3s-02'), offline('iot-kubeedge-gw-01')],
});
const logger = createSilentLogger();

describe('node-offline', async () => {
  let now = T - 2 * HOUR_MS;
  const servers = await startScrapeServers({ fleet, basePort: 0, logger, now: () => now });
  const collector = await startRecorder(204);
  const pipeline = createOtlpPipeline({ baseUrl: collector.url });
  const client = createCollectorClient({
    baseUrl: collector.url,
    sender: createSender({ concurrency: 2 }),
    pipeline,
    logger,
  });
  afterAll(async () => {
    await Promise.all([servers.close(), collector.close(), pipeline.shutdown()]);
  });
  const scrape = async (targetId: string) => {
    const served = servers.served.find(({ target }) => target.id === targetId);
    if (served === undefined) throw new Error(`no target ${targetId}`);
    const response = await fetch(`http://127.0.0.1:${served.port}${served.target.metricsPath}`);

    return response.status;
  };

  it("answers scrapes of the node's exporters until T", async () => {
    expect(await scrape('edge-k3s-02/node-exporter')).toBe(200);
    expect(await scrape('edge-k3s-02/kubelet')).toBe(200);
  });

  it('stops answering from T, while other nodes keep answering', async () => {
    now = T;
    await expect(scrape('edge-k3s-02/node-exporter')).rejects.toThrow();
    await expect(scrape('edge-k3s-02/cadvisor')).rejects.toThrow();
    expect(await scrape('edge-k3s-01/node-exporter')).toBe(200);
  });

  it('stops the pushes of a remote-write node from T', async () => {
    const pushing = fleet.remoteWriteNodes.filter(
      (node) => node.id === 'iot-kubeedge-gw-01' || node.id === 'iot-k3s-gw-01',
    );
    for (const node of pushing) await client.remoteWrite(fleet, node, T - 2 * HOUR_MS);
    expect(collector.received).toHaveLength(2);
    for (const node of pushing) await client.remoteWrite(fleet, node, T);
    expect(collector.received).toHaveLength(3);
    expect(collector.received.every((request) => request.url === '/api/v1/write')).toBe(true);
  });
});
