import type { ServerResponse } from 'node:http';

import { parseContentType } from '../decode/body/index.ts';
import { DecodeError } from '../decode/types.ts';
import type { Logger } from '../logger.ts';
import { HttpError } from '../server/http-error.ts';
import { readBody } from '../server/read-body.ts';
import { sendBytes } from '../server/respond.ts';
import type { Route, RouteContext } from '../server/router.ts';
import { encodeExportResponse, encodeStatus } from './otlp-response.ts';
import type { PushReceiverOptions } from './push-receiver.ts';
import type { OtlpSignal } from './otlp-response.ts';

import type { OtlpEncoding as Encoding } from './otlp-decode.ts';

const CONTENT_TYPES: Record<Encoding, string> = {
  protobuf: 'application/x-protobuf',
  json: 'application/json',
};

const sendStatus = (
  response: ServerResponse,
  encoding: Encoding,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void => {
  sendBytes(
    response,
    status,
    CONTENT_TYPES[encoding],
    encodeStatus(encoding, status, message),
    headers,
  );
};

/**
 * OTLP/HTTP as the specification has it: protobuf and JSON on one path routed by Content-Type,
 * gzip, 413 on the decompressed size, 415 for what we cannot read, 200 with partial_success
 * when some items are refused, and 429/503 with Retry-After only for what a retry can fix.
 * @see https://github.com/open-telemetry/opentelemetry-proto/blob/main/docs/specification.md
 */
export const createOtlpHttpRoutes = ({
  pipeline,
  metrics,
  maxBodyBytes,
  tenant,
  now,
  logger,
}: PushReceiverOptions & { logger: Logger }): Route[] => {
  const handle =
    (signal: OtlpSignal) =>
    async ({ request, response }: RouteContext): Promise<void> => {
      const protocol = `otlp_http_${signal}`;
      const encoding: Encoding = (request.headers['content-type'] ?? '')
        .toLowerCase()
        .startsWith('application/json')
        ? 'json'
        : 'protobuf';
      try {
        parseContentType(request.headers['content-type'], ['protobuf', 'json']);
        const raw = await readBody(request, maxBodyBytes);
        const result = await pipeline.ingest(
          {
            kind: 'otlp',
            signal,
            encoding,
            body: raw,
            maxBodyBytes,
            contentEncoding: request.headers['content-encoding'],
            context: { tenant, source: 'otlp', receivedAtNs: now() },
          },
          protocol,
        );
        metrics.ingestRequests.inc({ protocol, outcome: result.rejected > 0 ? 'partial' : 'ok' });
        sendBytes(
          response,
          200,
          CONTENT_TYPES[encoding],
          encodeExportResponse(signal, encoding, result.rejected, result.errorMessage),
        );
      } catch (error) {
        // Drain what is left of a refused body so the connection can be reused.
        request.resume();
        const failure =
          error instanceof HttpError || error instanceof DecodeError
            ? error
            : new HttpError(503, 'temporary failure, retry later', { 'retry-after': '5' });
        const headers = failure instanceof HttpError ? failure.headers : {};
        metrics.ingestRequests.inc({ protocol, outcome: String(failure.status) });
        sendStatus(response, encoding, failure.status, failure.message, headers);
        if (failure !== error) logger.error('otlp ingest failed', { signal, error: String(error) });
      }
    };

  return [
    { method: 'POST', path: '/v1/metrics', handler: handle('metrics') },
    { method: 'POST', path: '/v1/traces', handler: handle('traces') },
    { method: 'POST', path: '/v1/logs', handler: handle('logs') },
  ];
};
