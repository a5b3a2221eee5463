import { Agent, request } from 'node:http';

export type HttpAnswer = { status: number; body: Buffer };

/**
 * POSTs over keep-alive connections with plain node:http: the sender shares the machine with
 * the collector, and fetch (undici) costs several times more CPU per request.
 */
export const createHttpClient = (baseUrl: string, connections: number) => {
  // Idle sockets are dropped before the collector's 5 s keep-alive timeout can close them.
  const agent = new Agent({ keepAlive: true, maxSockets: connections, timeout: 4000 });
  const { hostname, port } = new URL(baseUrl);

  const send = (
    method: 'GET' | 'POST',
    path: string,
    body: Uint8Array,
    headers: object,
    isRetry = false,
  ): Promise<HttpAnswer> =>
    new Promise<HttpAnswer>((resolve, reject) => {
      const outgoing = request(
        {
          agent,
          hostname,
          port,
          path,
          method,
          headers: { ...headers, 'content-length': String(body.byteLength) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the collector closed while this process was busy rendering the
        // next round: the request never reached it, so it is sent again once (as Node's docs
        // advise for reused sockets).
        if (!isRetry && outgoing.reusedSocket && error.code === 'ECONNRESET') {
          send(method, path, body, headers, true).then(resolve, reject);
        } else {
          reject(error);
        }
      });
      outgoing.end(body);
    });

  return {
    post: (path: string, body: Uint8Array, headers: Record<string, string>) =>
      send('POST', path, body, headers),
    get: (path: string) => send('GET', path, new Uint8Array(0), {}),
    close: () => agent.destroy(),
  };
};

export type HttpClient = ReturnType<typeof createHttpClient>;
