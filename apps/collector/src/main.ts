import { startCollector } from './collector.ts';
import { readCollectorEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { startSelfTelemetry } from './telemetry.ts';

/** `npm run collector`: configuration from the environment, clean stop on SIGINT/SIGTERM. */
const logger = createLogger();
const env = readCollectorEnv();
const telemetry = await startSelfTelemetry({
  endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
  serviceName: env.OTEL_SERVICE_NAME,
});
const collector = await startCollector({ env, logger });

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { signal });
  collector
    .close()
    .then(() => telemetry.shutdown())
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      logger.error('unclean stop', { error: String(error) });
      process.exit(1);
    });
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
