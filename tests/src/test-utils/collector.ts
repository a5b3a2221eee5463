import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  createLogger,
  createSilentLogger,
  readCollectorEnv,
  startCollector,
} from '@fleetlens/collector';
import type { CollectorHandle } from '@fleetlens/collector';

export type TestCollector = CollectorHandle & {
  baseUrl: string;
  dataDir: string;
  databaseUrl: string;
};

/**
 * A real collector on loopback with ephemeral ports and its own SQLite file in a temp
 * directory; `close` stops it and removes the directory.
 */
export const startTestCollector = async (
  overrides: Record<string, string> = {},
  { now }: { now?: () => bigint } = {},
): Promise<TestCollector> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fleetlens-test-'));
  const databaseUrl = `file:${join(dataDir, 'fleetlens.db')}`;
  const env = readCollectorEnv({
    DATABASE_URL: databaseUrl,
    FLEETLENS_HOST: '127.0.0.1',
    FLEETLENS_HTTP_PORT: '0',
    FLEETLENS_GRPC_PORT: '0',
    FLEETLENS_SQLITE_SYNCHRONOUS: 'NORMAL',
    ...overrides,
  });
  // FLEETLENS_TEST_LOG=1 shows the collector's log lines when a test needs explaining.
  const logger = process.env.FLEETLENS_TEST_LOG ? createLogger() : createSilentLogger();
  const handle = await startCollector({ env, logger, now });

  return {
    ...handle,
    baseUrl: `http://127.0.0.1:${handle.httpPort}`,
    dataDir,
    databaseUrl,
    close: async () => {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
