import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { PARADIGM_IDS } from '@fleetlens/schema';
import { afterAll, describe, expect, it } from 'vitest';

import { findFreePort } from '../src/test-utils/collector-process.ts';

/**
 * `npm start` as a newcomer runs it: store, simulator, collector and dashboard together; every
 * paradigm shows up in the read API within a bounded time, the dashboard answers; Ctrl-C
 * (SIGINT to the process group) stops everything and frees every port.
 */
const START_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/src/start.ts');
const ALL_PARADIGMS_WITHIN_MS = 150_000;

const isListening = async (url: string): Promise<boolean> => {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fleetlens-start-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'runs the product with the simulated fleet and stops cleanly on Ctrl-C',
    async () => {
      const httpPort = await findFreePort();
      const simulatorPort = await findFreePort();
      const webPort = await findFreePort();
      const child = spawn(process.execPath, ['--import', 'tsx', START_SCRIPT], {
        env: {
          ...process.env,
          DATABASE_URL: `file:${join(dataDir, 'fleetlens.db')}`,
          FLEETLENS_HTTP_PORT: String(httpPort),
          FLEETLENS_GRPC_PORT: String(await findFreePort()),
          FLEETLENS_SIMULATOR_PORT: String(simulatorPort),
          FLEETLENS_WEB_PORT: String(webPort),
          FLEETLENS_SIM_SCRAPE_PORT: '0',
          FLEETLENS_SIM_BACKFILL_DAYS: '1',
        },
        stdio: 'ignore',
        detached: true,
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      const baseUrl = `http://127.0.0.1:${httpPort}`;
      try {
        const deadline = Date.now() + ALL_PARADIGMS_WITHIN_MS;
        let seen = new Set<string>();
        while (Date.now() < deadline && seen.size < PARADIGM_IDS.length) {
          await new Promise((resolve) => setTimeout(resolve, 2000));
          try {
            const response = await fetch(`${baseUrl}/api/v1/resources?limit=10000`);
            const { resources } = (await response.json()) as { resources: { paradigm: string }[] };
            seen = new Set(resources.map((resource) => resource.paradigm));
          } catch {
            // still starting
          }
        }
        expect([...seen].sort()).toEqual([...PARADIGM_IDS].sort());
        const dashboard = await fetch(`http://127.0.0.1:${webPort}/api/healthz`);
        expect(await dashboard.json()).toEqual({ ok: true, store: true });
      } finally {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
      }

      expect(await exited).toBe(0);
      expect(await isListening(`${baseUrl}/api/v1/kpis`)).toBe(false);
      expect(await isListening(`http://127.0.0.1:${simulatorPort}/healthz`)).toBe(false);
      expect(await isListening(`http://127.0.0.1:${webPort}/api/healthz`)).toBe(false);
    },
    ALL_PARADIGMS_WITHIN_MS + 60_000,
  );
});
