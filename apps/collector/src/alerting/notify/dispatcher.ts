import type { PrismaClient } from '@fleetlens/db';

import type { Logger } from '../../logger.ts';
import type { AlertMetrics } from '../../metrics/alerting.ts';
import { annotationsOf } from './annotations.ts';
import { backoffMs, postJson } from './deliver.ts';
import type { DeliveryResult } from './deliver.ts';
import { toAlertmanagerBody, toWebhookBody } from './payloads.ts';
import type { OutgoingAlert } from './payloads.ts';
import type { Receiver } from './receivers.ts';

export type RetryPolicy = { initialMs: number; maxMs: number; maxAttempts: number };

type StateWithRule = {
  id: number;
  fingerprint: string;
  state: string;
  activeSinceNs: bigint;
  firedAtNs: bigint | null;
  resolvedAtNs: bigint | null;
  evidence: string;
  labels: string;
  rule: { kind: string };
};

const BATCH = 100;
const IDLE_WAKE_MS = 60_000;
const isoOfNs = (ns: bigint): string => new Date(Number(ns / 1_000_000n)).toISOString();

/**
 * Delivers the notification rows the evaluator writes: one POST per row, retried with
 * exponential backoff, every attempt recorded (attempts, lastError, nextAttemptAt,
 * lastAttemptAt, deliveredAt, status). Alertmanager receivers also get firing alerts again
 * every resend interval, as Prometheus does, so Alertmanager keeps them active. Runs on the
 * wall clock whatever clock the evaluator uses: retries are real waits.
 */
export const createNotificationDispatcher = ({
  prisma,
  receivers,
  retry,
  resendMs,
  externalUrl,
  logger,
  metrics,
  clock = Date.now,
}: {
  prisma: PrismaClient;
  receivers: readonly Receiver[];
  retry: RetryPolicy;
  resendMs: number;
  externalUrl: () => string;
  logger: Logger;
  metrics: AlertMetrics;
  clock?: () => number;
}) => {
  const byName = new Map(receivers.map((receiver) => [receiver.name, receiver]));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isRequested = false;
  let isStopped = false;

  const toAlert = (state: StateWithRule, status: 'firing' | 'resolved'): OutgoingAlert => {
    const labels = JSON.parse(state.labels) as Record<string, string>;
    const stored = JSON.parse(state.evidence) as { firing?: object; current?: object };
    const evidence = (status === 'firing' ? stored.firing : stored.current) ?? stored.current ?? {};
    const nowMs = clock();

    return {
      status,
      labels,
      annotations: annotationsOf(state.rule.kind, labels, evidence as Record<string, unknown>),
      startsAt: isoOfNs(state.firedAtNs ?? state.activeSinceNs),
      endsAt:
        status === 'resolved' && state.resolvedAtNs !== null
          ? isoOfNs(state.resolvedAtNs)
          : new Date(nowMs + 4 * resendMs).toISOString(),
      generatorURL: `${externalUrl()}/api/v1/alerts?id=${state.id}`,
      fingerprint: state.fingerprint,
      evidence,
    };
  };

  const send = (receiver: Receiver, alert: OutgoingAlert): Promise<DeliveryResult> =>
    postJson(
      receiver.url,
      receiver.kind === 'alertmanager'
        ? toAlertmanagerBody([alert])
        : toWebhookBody(receiver.name, externalUrl(), [alert]),
    );

  const deliverDue = async (): Promise<void> => {
    const nowMs = clock();
    const due = await prisma.notification.findMany({
      where: {
        status: 'pending',
        OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: new Date(nowMs) } }],
      },
      include: { alertState: { include: { rule: { select: { kind: true } } } } },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    await Promise.all(
      due.map(async (notification) => {
        const receiver = byName.get(notification.receiver);
        const attempts = notification.attempts + 1;
        const result: DeliveryResult = receiver
          ? await send(receiver, toAlert(notification.alertState, notification.event as 'firing'))
          : { outcome: 'failed', error: 'receiver no longer configured' };
        const attemptAt = new Date(clock());
        metrics.notifications.inc({
          receiver: receiver?.kind ?? 'unknown',
          outcome: result.outcome,
        });
        const isExhausted = result.outcome === 'retry' && attempts >= retry.maxAttempts;
        if (result.outcome !== 'delivered') {
          logger.warn('alert notification failed', {
            receiver: notification.receiver,
            attempts,
            error: result.error,
          });
        }
        await prisma.notification.update({
          where: { id: notification.id },
          data:
            result.outcome === 'delivered'
              ? {
                  status: 'delivered',
                  attempts,
                  lastAttemptAt: attemptAt,
                  deliveredAt: attemptAt,
                  nextAttemptAt: null,
                  lastError: null,
                }
              : {
                  status: result.outcome === 'failed' || isExhausted ? 'failed' : 'pending',
                  attempts,
                  lastAttemptAt: attemptAt,
                  lastError: result.error,
                  nextAttemptAt:
                    result.outcome === 'failed' || isExhausted
                      ? null
                      : new Date(
                          attemptAt.getTime() + backoffMs(attempts, retry.initialMs, retry.maxMs),
                        ),
                },
        });
      }),
    );
  };

  /** Alertmanager forgets a firing alert after its endsAt; tell it again before then. */
  const resendFiring = async (): Promise<void> => {
    const stale = await prisma.notification.findMany({
      where: {
        event: 'firing',
        status: 'delivered',
        receiver: { startsWith: 'alertmanager:' },
        deliveredAt: { lte: new Date(clock() - resendMs) },
        alertState: { state: 'firing' },
      },
      include: { alertState: { include: { rule: { select: { kind: true } } } } },
      take: BATCH,
    });
    await Promise.all(
      stale.map(async (notification) => {
        const receiver = byName.get(notification.receiver);
        if (receiver === undefined) return;
        const result = await send(receiver, toAlert(notification.alertState, 'firing'));
        metrics.notifications.inc({ receiver: receiver.kind, outcome: result.outcome });
        if (result.outcome === 'delivered') {
          await prisma.notification.update({
            where: { id: notification.id },
            data: { deliveredAt: new Date(clock()), lastAttemptAt: new Date(clock()) },
          });
        }
      }),
    );
  };

  const nextWakeMs = async (): Promise<number> => {
    const next = await prisma.notification.findFirst({
      where: { status: 'pending', nextAttemptAt: { not: null } },
      orderBy: { nextAttemptAt: 'asc' },
      select: { nextAttemptAt: true },
    });
    const retryAt = next?.nextAttemptAt?.getTime() ?? Infinity;
    const resendAt = receivers.some((r) => r.kind === 'alertmanager')
      ? clock() + resendMs
      : Infinity;

    return Math.max(0, Math.min(retryAt, resendAt, clock() + IDLE_WAKE_MS) - clock());
  };

  const run = async (): Promise<void> => {
    if (receivers.length === 0) return;
    try {
      await deliverDue();
      await resendFiring();
    } catch (error) {
      logger.error('notification delivery failed', { error: String(error) });
    }
    if (!isStopped) schedule(await nextWakeMs().catch(() => IDLE_WAKE_MS));
  };

  const schedule = (delayMs: number): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => kick(), delayMs);
    timer.unref();
  };

  /** Runs a delivery pass now, or right after the one in progress. */
  const kick = (): void => {
    if (isStopped) return;
    if (running !== undefined) {
      isRequested = true;
      return;
    }
    running = run().finally(() => {
      running = undefined;
      if (isRequested) {
        isRequested = false;
        kick();
      }
    });
  };

  return {
    kick,
    /** Waits for the delivery pass in progress, if any. */
    settle: async (): Promise<void> => {
      await running;
    },
    stop: async (): Promise<void> => {
      isStopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
};

export type NotificationDispatcher = ReturnType<typeof createNotificationDispatcher>;
