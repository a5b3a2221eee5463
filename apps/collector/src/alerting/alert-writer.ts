import type { DbAlertState, Prisma, PrismaClient } from '@fleetlens/db';

import { stepAlert } from './lifecycle.ts';
import type { Receiver } from './notify/receivers.ts';
import { timingsOf } from './observe.ts';
import type { AlertRule } from './rules/rule-schema.ts';
import { silences } from './silences.ts';
import type { Silence } from './silences.ts';
import type { Condition, EvaluationReport } from './types.ts';

export type StoredState = DbAlertState & { notifications: { receiver: string; event: string }[] };

type StoredEvidence = { firing?: unknown; current?: unknown };

/**
 * Turns each alert's lifecycle step into the writes of one evaluation: state rows with their
 * evidence (`firing` frozen when it fired, `current` from the last evaluation) and the
 * notification rows the dispatcher delivers. Nothing is written until the caller commits
 * `writes` in one transaction.
 */
export const createAlertWriter = ({
  prisma,
  receivers,
  activeSilences,
  atNs,
  report,
}: {
  prisma: PrismaClient;
  receivers: readonly Receiver[];
  activeSilences: readonly Silence[];
  atNs: bigint;
  report: EvaluationReport;
}) => {
  const writes: Prisma.PrismaPromise<unknown>[] = [];
  let hasNotifications = false;

  const notifyAll = (isSilenced: boolean, event: 'firing') =>
    isSilenced || receivers.length === 0
      ? undefined
      : { create: receivers.map((receiver) => ({ receiver: receiver.name, event })) };

  const apply = (
    rule: AlertRule,
    current: StoredState | undefined,
    fingerprint: string,
    condition: Condition,
    labels: Record<string, string>,
    value: number | null,
    evidence: unknown,
    isDisabled = false,
  ): void => {
    const timings = isDisabled ? { forNs: 0n, resolveForNs: 0n } : timingsOf(rule);
    const step = stepAlert(
      current && {
        id: current.id,
        ruleId: current.ruleId,
        fingerprint,
        state: current.state as 'pending' | 'firing',
        activeSinceNs: current.activeSinceNs,
        firedAtNs: current.firedAtNs,
        clearSinceNs: current.clearSinceNs,
      },
      condition,
      atNs,
      timings,
    );
    const isSilenced = activeSilences.some((silence) => silences(silence, labels));
    const previous = current ? (JSON.parse(current.evidence) as StoredEvidence) : {};
    const common = { labels: JSON.stringify(labels), value, lastEvaluatedNs: atNs };
    switch (step.action) {
      case 'none':
        return;
      case 'start': {
        const isFiring = step.state === 'firing';
        const notifications = isFiring ? notifyAll(isSilenced, 'firing') : undefined;
        hasNotifications ||= notifications !== undefined;
        report.started++;
        if (isFiring) report.fired++;
        writes.push(
          prisma.alertState.create({
            data: {
              ...common,
              ruleId: rule.id,
              fingerprint,
              state: step.state,
              activeSinceNs: atNs,
              firedAtNs: isFiring ? atNs : null,
              evidence: JSON.stringify(
                isFiring ? { firing: evidence, current: evidence } : { current: evidence },
              ),
              ...(notifications && { notifications }),
            },
          }),
        );
        return;
      }
      case 'fire': {
        const notifications = notifyAll(isSilenced, 'firing');
        hasNotifications ||= notifications !== undefined;
        report.fired++;
        writes.push(
          prisma.alertState.update({
            where: { id: (current as StoredState).id },
            data: {
              ...common,
              state: 'firing',
              firedAtNs: atNs,
              evidence: JSON.stringify({ firing: evidence, current: evidence }),
              ...(notifications && { notifications }),
            },
          }),
        );
        return;
      }
      case 'keep': {
        const state = current as StoredState;
        // A silence that ended, or a receiver added since: the firing alert is announced now.
        const isUnannounced =
          state.state === 'firing' &&
          !state.notifications.some((notification) => notification.event === 'firing');
        const notifications = isUnannounced ? notifyAll(isSilenced, 'firing') : undefined;
        hasNotifications ||= notifications !== undefined;
        writes.push(
          prisma.alertState.update({
            where: { id: state.id },
            data: {
              ...common,
              clearSinceNs: step.clearSinceNs,
              evidence: JSON.stringify({ firing: previous.firing, current: evidence }),
              ...(notifications && { notifications }),
            },
          }),
        );
        return;
      }
      case 'drop':
        writes.push(prisma.alertState.delete({ where: { id: (current as StoredState).id } }));
        return;
      case 'resolve': {
        const state = current as StoredState;
        const told = new Set(
          state.notifications
            .filter((notification) => notification.event === 'firing')
            .map((notification) => notification.receiver),
        );
        hasNotifications ||= told.size > 0;
        report.resolved++;
        writes.push(
          prisma.alertState.update({
            where: { id: state.id },
            data: {
              ...common,
              labels: state.labels,
              state: 'resolved',
              resolvedAtNs: atNs,
              clearSinceNs: null,
              evidence: JSON.stringify({ firing: previous.firing, current: evidence }),
              notifications: {
                create: [...told].map((receiver) => ({ receiver, event: 'resolved' })),
              },
            },
          }),
        );
        return;
      }
    }
  };

  return { apply, writes, hasNotifications: () => hasNotifications };
};
