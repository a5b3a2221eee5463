import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { PromTarget } from '../emit/prom/target.ts';
import type { Fleet } from '../fleet/fleet.ts';
import { isOfflineAt } from '../scenarios/effects.ts';
import type { Logger } from './logger.ts';

const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
export const HOST = '127.0.0.1';

export type ServedTarget = { readonly target: PromTarget; readonly port: number };

const listen = (server: Server, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });

/**
 * One loopback HTTP server per exporter, as each runs in its own process on its own port.
 * A target renders the instant it is scraped. An offline node's exporters drop the
 * connection without answering; a target not deployed yet answers 503.
 */
export const startScrapeServers = async ({
  fleet,
  basePort,
  logger,
  now = Date.now,
}: {
  fleet: Fleet;
  /** First port; the others follow in order. 0 gives every target an ephemeral port. */
  basePort: number;
  logger: Logger;
  now?: () => number;
}) => {
  const servers: Server[] = [];
  const served: ServedTarget[] = [];
  try {
    for (const [index, target] of fleet.targets.entries()) {
      const server = createServer((request, response) => {
        const t = now();
        if (isOfflineAt(fleet.ctx, target.node, t)) {
          request.socket.destroy();
          return;
        }
        const path = (request.url ?? '/').split('?')[0];
        if (request.method !== 'GET' || path !== target.metricsPath) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found\n');
          return;
        }
        if (!target.isActiveAt(fleet.ctx, t)) {
          response.writeHead(503, { 'content-type': 'text/plain' }).end('not deployed yet\n');
          return;
        }
        response.writeHead(200, { 'content-type': CONTENT_TYPE }).end(target.render(fleet.ctx, t));
      });
      server.keepAliveTimeout = 65_000;
      servers.push(server);
      served.push({ target, port: await listen(server, basePort === 0 ? 0 : basePort + index) });
    }
  } catch (error) {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    throw error;
  }
  logger.info('scrape targets listening', {
    targets: served.length,
    ports: `${served[0]?.port ?? 0}…${served.at(-1)?.port ?? 0}`,
  });

  return {
    served,
    instanceOf: (targetId: string): string => {
      const port = served.find(({ target }) => target.id === targetId)?.port;

      return `${HOST}:${port ?? 0}`;
    },
    close: async (): Promise<void> => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
};

export type ScrapeServers = Awaited<ReturnType<typeof startScrapeServers>>;
