import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const COLLECTOR_MAIN = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../apps/collector/src/main.ts',
);

export const findFreePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const waitUntilReady = async (baseUrl: string, child: ChildProcess): Promise<void> => {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`collector exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/kpis`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('collector did not start within 30 s');
};

export type CollectorProcess = { child: ChildProcess; baseUrl: string };

/** The real collector entry point as its own process, so it can be killed with SIGKILL. */
export const spawnCollector = async (
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<CollectorProcess> => {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', COLLECTOR_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      FLEETLENS_HOST: '127.0.0.1',
      FLEETLENS_HTTP_PORT: String(port),
      FLEETLENS_GRPC_PORT: String(await findFreePort()),
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, child);

  return { child, baseUrl };
};

export const stopCollector = async (
  { child }: CollectorProcess,
  signal: NodeJS.Signals,
): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await exited;
};
