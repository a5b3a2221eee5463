import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Fleet } from '../fleet/fleet.ts';
import { createScenario, describeScenarios, ZScenarioRequest } from '../scenarios/registry.ts';
import type { Logger } from './logger.ts';
import type { ServedTarget } from './scrape-servers.ts';
import { HOST } from './scrape-servers.ts';

const MAX_BODY = 64 * 1024;

const send = (response: ServerResponse, status: number, body?: unknown): void => {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response
    .writeHead(status, { 'content-type': 'application/json' })
    .end(`${JSON.stringify(body)}\n`);
};

const readJson = async (request: IncomingMessage): Promise<unknown> => {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > MAX_BODY) throw new Error('body too large');
  }

  return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
};

const describeError = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * The simulator's own HTTP API on loopback: `GET /healthz`, `GET /targets`, and scenario
 * injection at run time: `GET /scenarios`, `POST /scenarios` with `{name, params}`,
 * `DELETE /scenarios/<name>`. Injected scenarios apply from their `from` (default now) to
 * every render, push and scrape that follows.
 */
export const startControlServer = async ({
  fleet,
  port,
  logger,
  served,
  phase,
  now = Date.now,
}: {
  fleet: Fleet;
  port: number;
  logger: Logger;
  served: () => readonly ServedTarget[];
  phase: () => string;
  now?: () => number;
}) => {
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const method = request.method ?? 'GET';
    if (method === 'GET' && path === '/healthz') {
      send(response, 200, {
        status: 'ok',
        phase: phase(),
        seed: fleet.ctx.seedText,
        scenarios: fleet.ctx.scenarios.length,
        targets: served().length,
      });
    } else if (method === 'GET' && path === '/targets') {
      send(response, 200, {
        targets: served().map(({ target, port: p }) => ({
          id: target.id,
          job: target.job,
          platform: target.platform,
          url: `http://${HOST}:${p}${target.metricsPath}`,
        })),
      });
    } else if (method === 'GET' && path === '/scenarios') {
      send(response, 200, { active: fleet.ctx.scenarios, available: describeScenarios() });
    } else if (method === 'POST' && path === '/scenarios') {
      const parsed = ZScenarioRequest.safeParse(await readJson(request));
      if (!parsed.success) {
        send(response, 400, {
          error: parsed.error.issues
            .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
            .join('; '),
        });
        return;
      }
      const scenario = createScenario(parsed.data, now());
      fleet.ctx.scenarios = [...fleet.ctx.scenarios, scenario];
      logger.info('scenario injected', { scenario });
      send(response, 201, { scenario });
    } else if (method === 'DELETE' && path.startsWith('/scenarios/')) {
      const name = decodeURIComponent(path.slice('/scenarios/'.length));
      const kept = fleet.ctx.scenarios.filter((scenario) => scenario.name !== name);
      if (kept.length === fleet.ctx.scenarios.length) {
        send(response, 404, { error: `no active scenario "${name}"` });
        return;
      }
      fleet.ctx.scenarios = kept;
      logger.info('scenario removed', { name });
      send(response, 204);
    } else {
      send(response, 404, { error: `no route ${method} ${path}` });
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) =>
      send(response, 400, { error: describeError(error) }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  logger.info('control API listening', { url: `http://${HOST}:${actual}` });

  return {
    port: actual,
    close: (): Promise<void> =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
