import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { spawnCollector, stopCollector } from '../src/test-utils/collector-process.ts';
import type { CollectorProcess } from '../src/test-utils/collector-process.ts';

/**
 * The collector observes itself: prom-client metrics on /metrics, OTLP traces of the ingest path
 * sent to a configured endpoint (here a loopback receiver), and the dashboard's Faro payloads.
 */
describe('self-telemetry', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fleetlens-self-'));
  const traceBodies: Buffer[] = [];
  let traceReceiver: Server;
  let collector: CollectorProcess;

  beforeAll(async () => {
    traceReceiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (request.url === '/v1/traces') traceBodies.push(Buffer.concat(chunks));
        response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      });
    });
    await new Promise<void>((resolve) => traceReceiver.listen(0, '127.0.0.1', resolve));
    const { port } = traceReceiver.address() as AddressInfo;
    collector = await spawnCollector(`file:${join(dataDir, 'fleetlens.db')}`, {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    });
  });

  afterAll(async () => {
    await stopCollector(collector, 'SIGTERM');
    await new Promise<void>((resolve) => traceReceiver.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('counts ingest by protocol and outcome on /metrics and traces it over OTLP', async () => {
    const imported = await fetch(
      `${collector.baseUrl}/api/v1/import/prometheus?job=self&instance=gpu-self`,
      {
        method: 'POST',
        body: 'DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="GPU-self"} 50\nunknown_family 1\n',
      },
    );
    expect(imported.status).toBe(200);

    const metrics = await (await fetch(`${collector.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(
      /fleetlens_ingest_requests_total\{protocol="prometheus_import",outcome="ok"\} 1/,
    );
    expect(metrics).toMatch(
      /fleetlens_ingest_samples_total\{protocol="prometheus_import",outcome="stored"\} 1/,
    );
    expect(metrics).toMatch(/fleetlens_unmapped_samples_total\{source="self"\} 1/);
    expect(metrics).toContain('fleetlens_batch_commit_duration_seconds_bucket');
    expect(metrics).toContain('fleetlens_write_queue_samples');

    const deadline = Date.now() + 15_000;
    while (traceBodies.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Buffer.concat(traceBodies).toString('latin1')).toContain('ingest prometheus_import');
  });

  it('takes Faro payloads from the dashboard with CORS and refuses malformed ones', async () => {
    const payload = {
      meta: { app: { name: 'fleetlens-web' }, page: { url: 'http://127.0.0.1:3000/' } },
      measurements: [{ type: 'web-vitals', values: { lcp: 812, cls: 0.02 } }],
      exceptions: [{ type: 'Error', value: 'boom' }],
    };
    const accepted = await fetch(`${collector.baseUrl}/collect`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3000' },
      body: JSON.stringify(payload),
    });
    const refused = await fetch(`${collector.baseUrl}/collect`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"measurements": "not a list"}',
    });
    const metrics = await (await fetch(`${collector.baseUrl}/metrics`)).text();

    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.status).toBe(400);
    expect(metrics).toMatch(/fleetlens_web_vitals_count\{name="lcp"\} 1/);
    expect(metrics).toMatch(/fleetlens_web_telemetry_items_total\{kind="exception"\} 1/);
  });
});
