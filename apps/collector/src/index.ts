export { startCollector, nowNs } from './collector.ts';
export type { CollectorHandle } from './collector.ts';
export { readCollectorEnv } from './env.ts';
export type { CollectorEnv } from './env.ts';
export { createLogger, createSilentLogger } from './logger.ts';
export type { Logger } from './logger.ts';
