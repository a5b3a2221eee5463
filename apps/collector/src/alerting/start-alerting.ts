import type { Store } from '@fleetlens/db';
import type { Registry } from 'prom-client';

import type { Logger } from '../logger.ts';
import { createAlertMetrics } from '../metrics/alerting.ts';
import { createAlertEvaluator } from './evaluator.ts';
import { createNotificationDispatcher } from './notify/dispatcher.ts';
import type { RetryPolicy } from './notify/dispatcher.ts';
import { createReceivers } from './notify/receivers.ts';
import { createRuleStore } from './rules/rule-store.ts';
import { createSilenceStore } from './silences.ts';

export type AlertingConfig = {
  intervalSeconds: number;
  webhookUrls?: string;
  alertmanagerUrls?: string;
  /** Base of generatorURL links. */
  externalUrl: () => string;
  retry: RetryPolicy;
  /** How often Alertmanager hears about a firing alert again. */
  resendSeconds: number;
};

/**
 * Rules, silences, the evaluator on its interval and the notification dispatcher. The
 * interval evaluates at `now()`; `evaluateAt` runs one evaluation at any instant.
 */
export const startAlerting = async ({
  store,
  registry,
  config,
  now,
  logger,
}: {
  store: Store;
  registry: Registry;
  config: AlertingConfig;
  now: () => bigint;
  logger: Logger;
}) => {
  const receivers = createReceivers(config);
  const metrics = createAlertMetrics(registry);
  const rules = createRuleStore(store.prisma);
  const silenceStore = createSilenceStore(store.prisma);
  await rules.ensureBuiltin();
  const dispatcher = createNotificationDispatcher({
    prisma: store.prisma,
    receivers,
    retry: config.retry,
    resendMs: config.resendSeconds * 1000,
    externalUrl: config.externalUrl,
    logger,
    metrics,
  });
  const evaluator = createAlertEvaluator({
    prisma: store.prisma,
    sqlite: store.sqlite,
    rules,
    silenceStore,
    receivers,
    metrics,
    logger,
    onNotify: dispatcher.kick,
  });
  // Notifications left pending by a previous run are retried from the start.
  dispatcher.kick();

  const tick = (): void => {
    evaluator.evaluateAt(now()).catch((error: unknown) => {
      logger.error('alert evaluation failed', { error: String(error) });
    });
  };
  const timer = setInterval(tick, config.intervalSeconds * 1000);
  timer.unref();

  return {
    rules,
    silences: silenceStore,
    evaluateAt: evaluator.evaluateAt,
    /** Waits until the delivery pass in progress is over (tests). */
    settleNotifications: dispatcher.settle,
    stop: async (): Promise<void> => {
      clearInterval(timer);
      await evaluator.idle();
      await dispatcher.stop();
    },
  };
};

export type Alerting = Awaited<ReturnType<typeof startAlerting>>;
