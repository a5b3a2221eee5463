import { Counter, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';
import { z } from 'zod';

import { HttpError } from '../server/http-error.ts';
import { readBody } from '../server/read-body.ts';
import { sendJson } from '../server/respond.ts';
import type { Route } from '../server/router.ts';

/**
 * The dashboard's own real-user telemetry, as @grafana/faro-web-sdk's fetch transport sends it
 * (the Grafana Alloy `faro.receiver` payload). It is about Fleetlens itself, not the fleet, so
 * it lands on the collector's /metrics rather than in the KPI store.
 */
const ZFaroPayload = z.object({
  meta: z
    .object({
      app: z.object({ name: z.string().optional(), version: z.string().optional() }).partial(),
      page: z.object({ url: z.string() }).partial(),
    })
    .partial()
    .default({}),
  measurements: z
    .array(
      z.object({
        type: z.string(),
        values: z.record(z.string(), z.number()),
      }),
    )
    .default([]),
  exceptions: z
    .array(z.object({ type: z.string().optional(), value: z.string().optional() }))
    .default([]),
  logs: z.array(z.object({ level: z.string().optional() })).default([]),
  events: z.array(z.object({ name: z.string() })).default([]),
});

/** Web vitals Faro reports; anything else is counted but not given a label value. */
const KNOWN_VITALS = new Set(['cls', 'fcp', 'fid', 'inp', 'lcp', 'ttfb']);
const MAX_FARO_BYTES = 1024 * 1024;

export const createFaroRoutes = (registry: Registry): Route[] => {
  const vitals = new Histogram({
    name: 'fleetlens_web_vitals',
    help: 'Dashboard web vitals reported by browsers (ms; CLS unitless).',
    labelNames: ['name'] as const,
    buckets: [0.1, 0.25, 50, 100, 250, 500, 1000, 2500, 4000, 10000],
    registers: [registry],
  });
  const items = new Counter({
    name: 'fleetlens_web_telemetry_items_total',
    help: 'Dashboard telemetry items received from browsers, by kind.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const corsHeaders = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'POST, OPTIONS',
    // Faro 2 sends an Idempotency-Key header with every batch; the preflight must allow it.
    'access-control-allow-headers': 'content-type, x-faro-session-id, idempotency-key',
  };

  return [
    {
      method: 'OPTIONS',
      path: '/collect',
      handler: ({ response }) => {
        response.writeHead(204, corsHeaders).end();
      },
    },
    {
      method: 'POST',
      path: '/collect',
      handler: async ({ request, response }) => {
        const raw = await readBody(request, MAX_FARO_BYTES);
        let json: unknown;
        try {
          json = JSON.parse(raw.toString('utf8'));
        } catch {
          throw new HttpError(400, 'Faro payload is not valid JSON', corsHeaders);
        }
        const parsed = ZFaroPayload.safeParse(json);
        if (!parsed.success) {
          const problem = parsed.error.issues[0];
          throw new HttpError(
            400,
            `invalid Faro payload at ${problem?.path.join('.') ?? '?'}: ${problem?.message ?? ''}`,
            corsHeaders,
          );
        }
        const payload = parsed.data;
        for (const measurement of payload.measurements) {
          for (const [name, value] of Object.entries(measurement.values)) {
            if (KNOWN_VITALS.has(name) && Number.isFinite(value)) vitals.observe({ name }, value);
          }
        }
        items.inc({ kind: 'measurement' }, payload.measurements.length);
        items.inc({ kind: 'exception' }, payload.exceptions.length);
        items.inc({ kind: 'log' }, payload.logs.length);
        items.inc({ kind: 'event' }, payload.events.length);
        sendJson(response, 202, { status: 'accepted' }, corsHeaders);
      },
    },
  ];
};
