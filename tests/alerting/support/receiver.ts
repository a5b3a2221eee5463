import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = { path: string; body: unknown };

/**
 * A loopback HTTP receiver that records every JSON POST. The first `failFirst` requests get a
 * 500, to exercise the collector's retries.
 */
export const startReceiver = async ({ failFirst = 0 } = {}) => {
  const received: Received[] = [];
  let failures = 0;
  let attempts = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      attempts++;
      if (failures < failFirst) {
        failures++;
        response.writeHead(500).end('try again');
        return;
      }
      received.push({
        path: request.url ?? '',
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    attempts: () => attempts,
    /** Polls until `isDone` holds; fails after `timeoutMs`. */
    waitFor: async (isDone: (received: Received[]) => boolean, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!isDone(received)) {
        if (Date.now() > deadline) throw new Error('receiver timed out waiting');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

export type TestReceiver = Awaited<ReturnType<typeof startReceiver>>;
