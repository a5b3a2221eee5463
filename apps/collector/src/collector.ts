import { createStore, migrateDatabase, startMaintenance } from '@fleetlens/db';

import type { EvaluationReport } from './alerting/evaluator.ts';
import { startAlerting } from './alerting/start-alerting.ts';
import type { CollectorEnv } from './env.ts';
import { createIngestPipeline } from './ingest/pipeline.ts';
import type { WriteJob, WriteOutcome } from './ingest/pipeline.ts';
import { createStoreWriter } from './ingest/store-writer.ts';
import { DEFAULT_LABEL_LIMITS } from './ingest/validate.ts';
import { createWriteQueue } from './ingest/write-queue.ts';
import type { Logger } from './logger.ts';
import { createCollectorMetrics } from './metrics/index.ts';
import { createAlertRoutes } from './read/alert-routes.ts';
import { createCatalogRoutes } from './read/catalog-routes.ts';
import { createMetricsRoute } from './read/metrics-route.ts';
import { createStoreRoutes } from './read/store-routes.ts';
import { createFaroRoutes } from './receivers/faro.ts';
import { startOtlpGrpcServer } from './receivers/otlp-grpc.ts';
import { createOtlpHttpRoutes } from './receivers/otlp-http.ts';
import { createPrometheusImportRoute } from './receivers/prometheus-import.ts';
import { createRemoteWriteRoute } from './receivers/remote-write.ts';
import { loadScrapeConfig } from './scrape/config.ts';
import { startScrapeManager } from './scrape/scrape-manager.ts';
import { startHttpServer } from './server/http-server.ts';
import { createRouter } from './server/router.ts';
import { createDecodePool } from './worker/decode-pool.ts';

const NS_PER_SECOND = 1_000_000_000n;
const DEFAULT_TENANT = 'default';
/** Samples per transaction: large enough to amortize the commit, small enough to let reads in. */
const MAX_BATCH_SAMPLES = 200_000;
/**
 * Under load, commits at most this often: requests that arrive meanwhile share a transaction,
 * so the store writes far fewer WAL pages. Short, because a sender with few requests in flight
 * waits for it on every request (2 ms measured best of 0, 1, 2, 5 and 10 in the ingest bench).
 */
const MIN_COMMIT_INTERVAL_MS = 2;
/** Bytes of request bodies that may wait for a decode worker, per write-queue sample. */
const PENDING_BYTES_PER_QUEUE_SAMPLE = 64;
/** Longest wait between two attempts at one notification. */
const MAX_NOTIFICATION_BACKOFF_MS = 10 * 60_000;

export const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

export type CollectorHandle = {
  httpPort: number;
  grpcPort: number;
  alerts: {
    /** One evaluation of every alert rule at the given time (ns), as the interval runs it. */
    evaluateAt: (atNs: bigint) => Promise<EvaluationReport>;
    /** Waits for the notification delivery pass in progress. */
    settleNotifications: () => Promise<void>;
  };
  /** Stops accepting, lets queued writes commit, then closes the store. */
  close: () => Promise<void>;
};

/** Wires store, writer, receivers, scrapes and the read API from one validated config. */
export const startCollector = async ({
  env,
  logger,
  now = nowNs,
}: {
  env: CollectorEnv;
  logger: Logger;
  now?: () => bigint;
}): Promise<CollectorHandle> => {
  const url = env.DATABASE_URL;
  const { path, applied } = migrateDatabase(url);
  if (applied.length > 0) logger.info('store migrated', { path, applied });
  const store = createStore(url, { synchronous: env.FLEETLENS_SQLITE_SYNCHRONOUS });
  const writer = createStoreWriter({
    sqlite: store.sqlite,
    now,
    maxSeries: env.FLEETLENS_MAX_SERIES,
  });

  let queueDepth = (): number => 0;
  const countDirtyHours = store.sqlite
    .prepare<[], bigint>('SELECT count(*) FROM rollup_dirty')
    .pluck(true)
    .safeIntegers(true);
  const metrics = createCollectorMetrics({
    readQueueDepth: () => queueDepth(),
    readRollupBacklog: () => Number(countDirtyHours.get() ?? 0n),
  });
  const queue = createWriteQueue<WriteJob, WriteOutcome>({
    maxSize: env.FLEETLENS_QUEUE_MAX_SAMPLES,
    maxBatchSize: MAX_BATCH_SAMPLES,
    minCommitIntervalMs: MIN_COMMIT_INTERVAL_MS,
    commit: (jobs) => {
      const end = metrics.batchCommit.startTimer();
      try {
        return writer.commit(jobs);
      } finally {
        end();
      }
    },
    onCommitError: (error) => logger.error('store commit failed', { error: String(error) }),
  });
  queueDepth = queue.depth;

  const decoder = createDecodePool({
    size: env.FLEETLENS_INGEST_WORKERS,
    maxPendingBytes: env.FLEETLENS_QUEUE_MAX_SAMPLES * PENDING_BYTES_PER_QUEUE_SAMPLE,
    logger,
  });
  const pipeline = createIngestPipeline({
    queue,
    metrics,
    decoder,
    readLimits: () => ({
      nowNs: now(),
      maxFutureNs: BigInt(env.FLEETLENS_MAX_FUTURE_SECONDS) * NS_PER_SECOND,
      maxAgeNs: BigInt(Math.round(env.FLEETLENS_BACKFILL_DAYS * 86_400)) * NS_PER_SECOND,
      ...DEFAULT_LABEL_LIMITS,
    }),
  });
  const ingest = {
    pipeline,
    metrics,
    maxBodyBytes: env.FLEETLENS_MAX_BODY_BYTES,
    tenant: DEFAULT_TENANT,
    now,
  };

  const maintenance = startMaintenance({
    db: store.sqlite,
    intervalMs: env.FLEETLENS_MAINTENANCE_INTERVAL_SECONDS * 1000,
    retention: {
      rawDays: env.FLEETLENS_RETENTION_RAW_DAYS,
      rollup1mDays: env.FLEETLENS_RETENTION_1M_DAYS,
      rollup1hDays: env.FLEETLENS_RETENTION_1H_DAYS,
      eventsDays: env.FLEETLENS_RETENTION_EVENTS_DAYS,
    },
    logger,
  });

  const scrapeTargets = env.FLEETLENS_SCRAPE_CONFIG
    ? await loadScrapeConfig(env.FLEETLENS_SCRAPE_CONFIG)
    : [];
  const scrapes = startScrapeManager({ targets: scrapeTargets, logger, ...ingest });

  let httpPort = env.FLEETLENS_HTTP_PORT;
  const alerting = await startAlerting({
    store,
    registry: metrics.registry,
    config: {
      intervalSeconds: env.FLEETLENS_ALERT_INTERVAL_SECONDS,
      webhookUrls: env.FLEETLENS_ALERT_WEBHOOK_URLS,
      alertmanagerUrls: env.FLEETLENS_ALERTMANAGER_URL,
      // The HTTP port may be ephemeral (0): read it at send time, once the server listens.
      externalUrl: () => env.FLEETLENS_EXTERNAL_URL ?? `http://${env.FLEETLENS_HOST}:${httpPort}`,
      retry: {
        initialMs: env.FLEETLENS_ALERT_RETRY_INITIAL_SECONDS * 1000,
        maxMs: MAX_NOTIFICATION_BACKOFF_MS,
        maxAttempts: env.FLEETLENS_ALERT_RETRY_MAX_ATTEMPTS,
      },
      resendSeconds: env.FLEETLENS_ALERT_RESEND_SECONDS,
    },
    now,
    logger,
  });

  const router = createRouter([
    ...createOtlpHttpRoutes({ ...ingest, logger }),
    createRemoteWriteRoute(ingest),
    createPrometheusImportRoute(ingest),
    ...createFaroRoutes(metrics.registry),
    ...createCatalogRoutes(),
    ...createStoreRoutes({ sqlite: store.sqlite, targets: scrapes.targets, now }),
    ...createAlertRoutes({
      prisma: store.prisma,
      rules: alerting.rules,
      silenceStore: alerting.silences,
      now,
    }),
    createMetricsRoute(metrics.registry),
  ]);
  const http = await startHttpServer({
    router,
    host: env.FLEETLENS_HOST,
    port: env.FLEETLENS_HTTP_PORT,
    logger,
  });
  httpPort = http.port;
  const grpc = await startOtlpGrpcServer({
    ...ingest,
    host: env.FLEETLENS_HOST,
    port: env.FLEETLENS_GRPC_PORT,
    maxMessageBytes: env.FLEETLENS_MAX_BODY_BYTES,
    logger,
  });
  logger.info('collector listening', {
    http: `${env.FLEETLENS_HOST}:${http.port}`,
    grpc: `${env.FLEETLENS_HOST}:${grpc.port}`,
    store: path,
    scrapeTargets: scrapeTargets.length,
  });

  return {
    httpPort: http.port,
    grpcPort: grpc.port,
    alerts: {
      evaluateAt: alerting.evaluateAt,
      settleNotifications: alerting.settleNotifications,
    },
    close: async () => {
      await alerting.stop();
      await scrapes.stop();
      await Promise.all([http.close(), grpc.close()]);
      await queue.drain();
      await decoder.close();
      await maintenance.stop();
      await store.close();
    },
  };
};
