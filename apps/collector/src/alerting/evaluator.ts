import type Database from 'better-sqlite3';

import { createColdStartReader } from '@fleetlens/db';
import type { PrismaClient } from '@fleetlens/db';

import type { Logger } from '../logger.ts';
import type { AlertMetrics } from '../metrics/alerting.ts';
import { createAlertWriter } from './alert-writer.ts';
import type { StoredState } from './alert-writer.ts';
import { fingerprintOf } from './fingerprint.ts';
import type { Receiver } from './notify/receivers.ts';
import { observeRule } from './observe.ts';
import type { RuleStore } from './rules/rule-store.ts';
import type { SilenceStore } from './silences.ts';
import type { EvaluationReport } from './types.ts';

const ACTIVE = ['pending', 'firing'];
const keyOf = (ruleId: number, fingerprint: string): string => `${ruleId}|${fingerprint}`;
const msOf = (ns: bigint): number => Number(ns / 1_000_000n);

/**
 * Evaluates every rule at a given time and moves each alert through pending → firing →
 * resolved (lifecycle.ts), storing evidence and queueing notifications in one transaction per
 * evaluation. The time is a parameter, so tests evaluate history at chosen instants; calls
 * are serialized.
 */
export const createAlertEvaluator = ({
  prisma,
  sqlite,
  rules,
  silenceStore,
  receivers,
  metrics,
  logger,
  onNotify,
}: {
  prisma: PrismaClient;
  sqlite: Database.Database;
  rules: RuleStore;
  silenceStore: SilenceStore;
  receivers: readonly Receiver[];
  metrics: AlertMetrics;
  logger: Logger;
  onNotify: () => void;
}) => {
  const readColdStarts = createColdStartReader(sqlite);

  const evaluate = async (atNs: bigint): Promise<EvaluationReport> => {
    const endTimer = metrics.evaluationDuration.startTimer();
    const atMs = msOf(atNs);
    const [ruleList, activeRows, activeSilences] = await Promise.all([
      rules.list(),
      prisma.alertState.findMany({
        where: { state: { in: ACTIVE } },
        include: { notifications: { select: { receiver: true, event: true } } },
      }),
      silenceStore.activeAt(atMs),
    ]);
    const active = new Map<string, StoredState>(
      activeRows.map((row) => [keyOf(row.ruleId, row.fingerprint), row]),
    );
    const report: EvaluationReport = {
      atMs,
      rules: ruleList.length,
      observed: 0,
      started: 0,
      fired: 0,
      resolved: 0,
      pending: 0,
      firing: 0,
      errors: [],
    };

    const writer = createAlertWriter({ prisma, receivers, activeSilences, atNs, report });
    const { apply, writes } = writer;

    for (const rule of ruleList) {
      const seen = new Set<string>();
      if (rule.enabled) {
        try {
          const observations = observeRule({
            sqlite,
            readColdStarts,
            rule,
            atNs,
            activeSinceOf: (fingerprint) => active.get(keyOf(rule.id, fingerprint))?.activeSinceNs,
          });
          metrics.evaluations.inc({ kind: rule.kind, outcome: 'ok' });
          report.observed += observations.length;
          for (const observation of observations) {
            const fingerprint = fingerprintOf(observation.labels);
            seen.add(fingerprint);
            const labels = {
              alertname: rule.name,
              severity: rule.params.severity,
              kpi: rule.kpi,
              ...observation.labels,
            };
            apply(
              rule,
              active.get(keyOf(rule.id, fingerprint)),
              fingerprint,
              observation.condition,
              labels,
              observation.value,
              observation.evidence,
            );
          }
        } catch (error) {
          // A broken rule keeps its alerts as they are rather than resolving them on an error.
          metrics.evaluations.inc({ kind: rule.kind, outcome: 'error' });
          report.errors.push({ ruleId: rule.id, error: String(error) });
          logger.warn('alert rule evaluation failed', { ruleId: rule.id, error: String(error) });
          continue;
        }
      }
      for (const state of activeRows) {
        if (state.ruleId !== rule.id || seen.has(state.fingerprint)) continue;
        const reason = rule.enabled ? 'no data' : 'rule disabled';
        const labels = JSON.parse(state.labels) as Record<string, string>;
        apply(rule, state, state.fingerprint, 'clear', labels, null, { reason }, !rule.enabled);
      }
    }

    await prisma.$transaction(writes);
    const now = await prisma.alertState.findMany({
      where: { state: { in: ACTIVE } },
      select: { state: true, labels: true },
    });
    metrics.setActiveAlerts(
      now.map((row) => ({
        state: row.state as 'pending' | 'firing',
        labels: JSON.parse(row.labels) as Record<string, string>,
      })),
    );
    report.pending = now.filter((row) => row.state === 'pending').length;
    report.firing = now.length - report.pending;
    endTimer();
    if (writer.hasNotifications()) onNotify();

    return report;
  };

  let queue: Promise<unknown> = Promise.resolve();

  return {
    /** One evaluation of every rule at `atNs`, after any evaluation in progress. */
    evaluateAt: (atNs: bigint): Promise<EvaluationReport> => {
      const result = queue.then(() => evaluate(atNs));
      queue = result.catch(() => undefined);

      return result;
    },
    /** Resolves once no evaluation is queued or running. */
    idle: async (): Promise<void> => {
      await queue;
    },
  };
};

export type AlertEvaluator = ReturnType<typeof createAlertEvaluator>;
export type { EvaluationReport };
