import { readSimulatorConfig, USAGE } from './env.ts';
import { createLogger } from './run/logger.ts';
import { createSimulator } from './run/simulator.ts';

/** `npm start -- [options]`: configuration from flags and env, clean stop on SIGINT/SIGTERM. */
const logger = createLogger();
const config = readSimulatorConfig();
if (config === 'help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const simulator = await createSimulator({ config, logger });
const done = simulator.start();

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { signal });
  simulator
    .stop()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      logger.error('unclean stop', { error: String(error) });
      process.exit(1);
    });
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

await done;
if (config.mode === 'backfill') stop('backfill finished');
