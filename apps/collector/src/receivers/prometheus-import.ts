import { findPlatform } from '@fleetlens/schema';

import { DecodeError } from '../decode/types.ts';
import { HttpError } from '../server/http-error.ts';
import { readBody } from '../server/read-body.ts';
import { sendJson } from '../server/respond.ts';
import type { Route } from '../server/router.ts';
import type { PushReceiverOptions } from './push-receiver.ts';

const EXTRA_LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)=(.*)$/s;

/**
 * `?extra_label=name=value` and `?timestamp=<ms>` (for samples without their own) as
 * VictoriaMetrics accepts them, plus `job`, `instance` and a `platform` hint.
 */
const readImportParameters = (url: URL) => {
  const extraLabels: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const raw of url.searchParams.getAll('extra_label')) {
    const match = EXTRA_LABEL.exec(raw);
    if (!match?.[1]) throw new HttpError(400, `extra_label must be name=value, got "${raw}"`);
    extraLabels[match[1]] = match[2] ?? '';
  }
  const platformHint = url.searchParams.get('platform') ?? undefined;
  if (platformHint !== undefined && !findPlatform(platformHint)) {
    throw new HttpError(400, `unknown platform "${platformHint}"; see GET /api/v1/platforms`);
  }

  const timestamp = url.searchParams.get('timestamp');
  const timestampMs = timestamp === null ? undefined : Number(timestamp);
  if (timestampMs !== undefined && !Number.isSafeInteger(timestampMs)) {
    throw new HttpError(400, `timestamp must be integer milliseconds, got "${timestamp}"`);
  }

  return {
    timestampMs,
    job: url.searchParams.get('job') ?? undefined,
    instance: url.searchParams.get('instance') ?? undefined,
    platformHint,
    extraLabels,
  };
};

const isOpenMetrics = (contentType: string | undefined): boolean =>
  (contentType ?? '').toLowerCase().startsWith('application/openmetrics-text');

/**
 * The push path for Prometheus text and OpenMetrics (VictoriaMetrics-compatible URL). A parse
 * error refuses the whole body, as a failed scrape does; per-sample problems keep the valid
 * samples and answer 400 with the counts, as remote-write 1.0 asks.
 */
export const createPrometheusImportRoute = ({
  pipeline,
  metrics,
  maxBodyBytes,
  tenant,
  now,
}: PushReceiverOptions): Route => ({
  method: 'POST',
  path: '/api/v1/import/prometheus',
  handler: async ({ request, response, url }) => {
    const protocol = 'prometheus_import';
    try {
      const parameters = readImportParameters(url);
      const raw = await readBody(request, maxBodyBytes);
      const receivedAtNs = now();
      const result = await pipeline.ingest(
        {
          kind: 'prometheus-text',
          body: raw,
          maxBodyBytes,
          contentEncoding: request.headers['content-encoding'],
          format: isOpenMetrics(request.headers['content-type']) ? 'openmetrics' : 'prometheus',
          defaultTimestampMs: parameters.timestampMs ?? Number(receivedAtNs / 1_000_000n),
          extraLabels: Object.entries(parameters.extraLabels),
          context: {
            tenant,
            source: 'import',
            job: parameters.job,
            instance: parameters.instance,
            platformHint: parameters.platformHint,
            receivedAtNs,
          },
        },
        protocol,
      );
      const status = result.rejected > 0 ? 400 : 200;
      metrics.ingestRequests.inc({ protocol, outcome: status === 200 ? 'ok' : 'partial' });
      sendJson(response, status, {
        parsed: result.parsed,
        mapped: result.mapped,
        stored: result.stored,
        duplicates: result.duplicates,
        unmapped: result.unmapped,
        rejected: result.rejected,
        errors: result.errorMessage ? result.errorMessage.split('; ') : [],
      });
    } catch (error) {
      if (error instanceof TypeError && /encoded data was not valid/i.test(error.message)) {
        metrics.ingestRequests.inc({ protocol, outcome: '400' });
        throw new HttpError(400, 'body is not valid UTF-8');
      }
      if (error instanceof DecodeError) {
        metrics.ingestRequests.inc({ protocol, outcome: String(error.status) });
        throw new HttpError(error.status, error.message);
      }
      if (error instanceof HttpError)
        metrics.ingestRequests.inc({ protocol, outcome: String(error.status) });
      throw error;
    }
  },
});
