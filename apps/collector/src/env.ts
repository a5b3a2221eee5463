import { availableParallelism } from 'node:os';

import { z } from 'zod';

/**
 * The collector's whole configuration, read and validated once at startup so that a bad value
 * fails with a readable message instead of deep inside a request.
 */
const ZPort = z.coerce.number().int().min(0).max(65535);
const ZDays = z.coerce.number().positive();

export const ZCollectorEnv = z.object({
  DATABASE_URL: z.string().optional().describe('Store URL; default file:<repo>/data/fleetlens.db'),
  FLEETLENS_HOST: z.string().default('127.0.0.1').describe('Address both receivers bind to'),
  FLEETLENS_HTTP_PORT: ZPort.default(4318).describe('OTLP/HTTP, Prometheus and read API port'),
  FLEETLENS_GRPC_PORT: ZPort.default(4317).describe('OTLP/gRPC port'),
  FLEETLENS_SCRAPE_CONFIG: z.string().optional().describe('Path of a Prometheus-style YAML'),
  FLEETLENS_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024)
    .describe('Largest accepted request body after decompression'),
  FLEETLENS_QUEUE_MAX_SAMPLES: z.coerce
    .number()
    .int()
    .positive()
    .default(2_000_000)
    .describe('Write queue bound; above it ingest answers 503 with Retry-After'),
  FLEETLENS_MAX_SERIES: z.coerce
    .number()
    .int()
    .positive()
    .default(1_000_000)
    .describe('Series limit; new series beyond it are refused, existing ones still accepted'),
  FLEETLENS_INGEST_WORKERS: z.coerce
    .number()
    .int()
    .nonnegative()
    .default(Math.max(1, availableParallelism() - 1))
    .describe('Decode worker threads; 0 decodes on the main thread'),
  FLEETLENS_RETENTION_RAW_DAYS: ZDays.default(14),
  FLEETLENS_RETENTION_1M_DAYS: ZDays.default(90),
  FLEETLENS_RETENTION_1H_DAYS: ZDays.default(730),
  FLEETLENS_RETENTION_EVENTS_DAYS: ZDays.default(90).describe(
    'Exact cold-start/invocation/job events',
  ),
  FLEETLENS_MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().positive().default(60),
  FLEETLENS_BACKFILL_DAYS: ZDays.default(120).describe('Oldest accepted sample age'),
  FLEETLENS_MAX_FUTURE_SECONDS: z.coerce.number().nonnegative().default(600),
  FLEETLENS_ALERT_INTERVAL_SECONDS: z.coerce.number().positive().default(30),
  FLEETLENS_ALERT_WEBHOOK_URLS: z.string().optional().describe('Comma-separated webhook URLs'),
  FLEETLENS_ALERTMANAGER_URL: z
    .string()
    .optional()
    .describe('Comma-separated Alertmanager base URLs (alerts go to <url>/api/v2/alerts)'),
  FLEETLENS_ALERT_RETRY_INITIAL_SECONDS: z.coerce.number().positive().default(5),
  FLEETLENS_ALERT_RETRY_MAX_ATTEMPTS: z.coerce.number().int().positive().default(8),
  FLEETLENS_ALERT_RESEND_SECONDS: z.coerce.number().positive().default(60),
  FLEETLENS_EXTERNAL_URL: z
    .string()
    .url()
    .optional()
    .describe('Base of generatorURL in notifications; default http://<host>:<http port>'),
  FLEETLENS_SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional().describe('Self-traces target'),
  OTEL_SERVICE_NAME: z.string().default('fleetlens-collector'),
});

export type CollectorEnv = z.infer<typeof ZCollectorEnv>;

export const readCollectorEnv = (source: NodeJS.ProcessEnv = process.env): CollectorEnv => {
  const parsed = ZCollectorEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid collector environment:\n  ${problems.join('\n  ')}`);
  }

  return parsed.data;
};
