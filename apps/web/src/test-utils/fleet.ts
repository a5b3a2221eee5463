import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createSilentLogger, readCollectorEnv, startCollector } from '@fleetlens/collector';
import { openSqlite } from '@fleetlens/db/sqlite';

import { createCaller } from '@/server/root.ts';

export type TestFleet = {
  baseUrl: string;
  /** POSTs Prometheus text to the collector's import API; query adds job, instance, platform. */
  importText: (text: string, query?: Record<string, string>) => Promise<unknown>;
  /** A tRPC caller over a read-only connection to the collector's store, as the server has. */
  caller: () => ReturnType<typeof createCaller>;
  close: () => Promise<void>;
};

/**
 * A real collector on loopback with its own SQLite file: tests feed it real telemetry and
 * call the dashboard's procedures in-process against what it stored.
 */
export const startTestFleet = async (
  overrides: Record<string, string> = {},
): Promise<TestFleet> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fleetlens-web-test-'));
  const databasePath = join(dataDir, 'fleetlens.db');
  const env = readCollectorEnv({
    NODE_ENV: 'test',
    DATABASE_URL: `file:${databasePath}`,
    FLEETLENS_HOST: '127.0.0.1',
    FLEETLENS_HTTP_PORT: '0',
    FLEETLENS_GRPC_PORT: '0',
    FLEETLENS_SQLITE_SYNCHRONOUS: 'NORMAL',
    ...overrides,
  });
  const collector = await startCollector({ env, logger: createSilentLogger() });
  const baseUrl = `http://127.0.0.1:${collector.httpPort}`;
  const readDb = openSqlite(databasePath, { readonly: true });

  return {
    baseUrl,
    importText: async (text, query = {}) => {
      const url = `${baseUrl}/api/v1/import/prometheus?${new URLSearchParams(query).toString()}`;
      const response = await fetch(url, { method: 'POST', body: text });
      const body: unknown = await response.json();
      if (!response.ok)
        throw new Error(`import failed (${response.status}): ${JSON.stringify(body)}`);
      return body;
    },
    caller: () => createCaller({ db: readDb, collectorUrl: baseUrl }),
    close: async () => {
      readDb.close();
      await collector.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
