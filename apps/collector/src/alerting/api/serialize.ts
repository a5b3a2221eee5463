import type { AlertRule } from '../rules/rule-schema.ts';
import type { Silence } from '../silences.ts';

const msOrNull = (ns: bigint | null): number | null =>
  ns === null ? null : Number(ns / 1_000_000n);

export const ruleToJson = (rule: AlertRule) => ({
  ...rule,
  createdAt: rule.createdAt.toISOString(),
  updatedAt: rule.updatedAt.toISOString(),
});

export const silenceToJson = (silence: Silence, nowMs: number) => ({
  ...silence,
  startsAt: silence.startsAt.toISOString(),
  endsAt: silence.endsAt.toISOString(),
  status:
    nowMs < silence.startsAt.getTime()
      ? 'pending'
      : nowMs < silence.endsAt.getTime()
        ? 'active'
        : 'expired',
});

type StateRow = {
  id: number;
  ruleId: number;
  fingerprint: string;
  state: string;
  activeSinceNs: bigint;
  firedAtNs: bigint | null;
  resolvedAtNs: bigint | null;
  lastEvaluatedNs: bigint | null;
  value: number | null;
  evidence: string;
  labels: string;
  rule: { name: string; kind: string };
  notifications: {
    receiver: string;
    event: string;
    status: string;
    attempts: number;
    lastError: string | null;
    nextAttemptAt: Date | null;
    lastAttemptAt: Date | null;
    deliveredAt: Date | null;
  }[];
};

export const alertToJson = (row: StateRow, silencedBy: number[]) => ({
  id: row.id,
  ruleId: row.ruleId,
  ruleName: row.rule.name,
  kind: row.rule.kind,
  state: row.state,
  fingerprint: row.fingerprint,
  labels: JSON.parse(row.labels) as Record<string, string>,
  value: row.value,
  activeSinceMs: msOrNull(row.activeSinceNs),
  firedAtMs: msOrNull(row.firedAtNs),
  resolvedAtMs: msOrNull(row.resolvedAtNs),
  lastEvaluatedMs: msOrNull(row.lastEvaluatedNs),
  silenced: silencedBy.length > 0,
  silencedBy,
  evidence: JSON.parse(row.evidence) as unknown,
  notifications: row.notifications.map((notification) => ({
    ...notification,
    nextAttemptAt: notification.nextAttemptAt?.toISOString() ?? null,
    lastAttemptAt: notification.lastAttemptAt?.toISOString() ?? null,
    deliveredAt: notification.deliveredAt?.toISOString() ?? null,
  })),
});
