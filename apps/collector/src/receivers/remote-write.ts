import { DecodeError } from '../decode/types.ts';
import { HttpError } from '../server/http-error.ts';
import { readBody } from '../server/read-body.ts';
import { sendText } from '../server/respond.ts';
import type { Route } from '../server/router.ts';
import type { PushReceiverOptions } from './push-receiver.ts';

const V2_PROTO = 'io.prometheus.write.v2.request';

/**
 * Prometheus remote-write 1.0: snappy block-compressed WriteRequest. The valid series are kept
 * and any invalid one turns the answer into a 400 naming it (the 1.0 spec's MUST); 2.0 bodies
 * are refused with 415 by Content-Type, never decoded by guessing.
 * @see https://prometheus.io/docs/specs/prw/remote_write_spec/
 */
export const createRemoteWriteRoute = ({
  pipeline,
  metrics,
  maxBodyBytes,
  tenant,
  now,
}: PushReceiverOptions): Route => ({
  method: 'POST',
  path: '/api/v1/write',
  handler: async ({ request, response }) => {
    const protocol = 'remote_write';
    try {
      const contentType = (request.headers['content-type'] ?? '').toLowerCase();
      if (!contentType.startsWith('application/x-protobuf')) {
        throw new HttpError(415, 'remote-write needs Content-Type: application/x-protobuf');
      }
      if (contentType.includes(V2_PROTO)) {
        throw new HttpError(
          415,
          'remote-write 2.0 is not supported; send 1.0 (prometheus.WriteRequest)',
        );
      }
      const encoding = request.headers['content-encoding'];
      if (encoding?.toLowerCase() !== 'snappy') {
        throw new HttpError(415, 'remote-write needs Content-Encoding: snappy');
      }
      const raw = await readBody(request, maxBodyBytes);
      const result = await pipeline.ingest(
        {
          kind: 'remote-write',
          body: raw,
          maxBodyBytes,
          context: { tenant, source: 'remote_write', receivedAtNs: now() },
        },
        protocol,
      );
      if (result.rejected > 0) {
        metrics.ingestRequests.inc({ protocol, outcome: 'partial' });
        sendText(response, 400, `stored ${result.stored} samples; ${result.errorMessage}\n`);
        return;
      }
      metrics.ingestRequests.inc({ protocol, outcome: 'ok' });
      response.writeHead(204).end();
    } catch (error) {
      const status =
        error instanceof HttpError || error instanceof DecodeError ? error.status : 503;
      metrics.ingestRequests.inc({ protocol, outcome: String(status) });
      if (error instanceof DecodeError) throw new HttpError(error.status, error.message);
      throw error;
    }
  },
});
