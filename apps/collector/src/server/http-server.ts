import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DecodeError } from '../decode/types.ts';
import type { Logger } from '../logger.ts';
import { HttpError } from './http-error.ts';
import { sendJson } from './respond.ts';
import type { createRouter } from './router.ts';

type Router = ReturnType<typeof createRouter>;

/** Slow clients (slowloris) lose their connection instead of holding a worker. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 60_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;

export type HttpServerHandle = {
  server: Server;
  port: number;
  close: () => Promise<void>;
};

/**
 * Plain node:http with exact-path routing. Anything a handler throws that is not an HttpError
 * becomes 503 + Retry-After: OTLP senders drop data on a 500, and a crash in our code is no
 * reason for them to lose it.
 */
export const startHttpServer = async ({
  router,
  host,
  port,
  logger,
}: {
  router: Router;
  host: string;
  port: number;
  logger: Logger;
}): Promise<HttpServerHandle> => {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://collector.invalid');
    const route = router(request.method ?? 'GET', url.pathname);
    if (!route) {
      sendJson(response, 404, { error: `no route for ${url.pathname}` });
      request.resume();
      return;
    }
    if (typeof route !== 'function') {
      sendJson(
        response,
        405,
        { error: `method ${request.method} not allowed` },
        {
          allow: route.allowed.join(', '),
        },
      );
      request.resume();
      return;
    }
    Promise.resolve()
      .then(() => route({ request, response, url }))
      .catch((error: unknown) => {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        if (error instanceof HttpError) {
          sendJson(response, error.status, { error: error.message }, error.headers);
          return;
        }
        if (error instanceof DecodeError) {
          sendJson(response, error.status, { error: error.message });
          return;
        }
        logger.error('request failed', { path: url.pathname, error: String(error) });
        sendJson(
          response,
          503,
          { error: 'temporary failure, retry later' },
          { 'retry-after': '5' },
        );
      });
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    server,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
};
