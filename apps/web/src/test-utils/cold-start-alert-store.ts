import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { migrateDatabase, openSqlite } from '@fleetlens/db';
import type Database from 'better-sqlite3';

export type AlertStore = {
  /** Read-only, as the dashboard opens the store. */
  readDb: Database.Database;
  /** Adds a rule of `kind` and one alert episode of it, as the alerting backend records them. */
  addAlert: (alert: {
    kind: string;
    labels: Record<string, string>;
    firedAtMs: number | null;
    state?: string;
  }) => void;
  close: () => void;
};

const NS_PER_MS = 1_000_000n;

/**
 * A store with the real migrated schema, for the alert tables the collector's alerting writes:
 * the dashboard's reading of them is tested without running an alert evaluation.
 */
export const createAlertStore = (): AlertStore => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fleetlens-web-alerts-'));
  const path = join(dataDir, 'fleetlens.db');
  migrateDatabase(`file:${path}`);
  const writeDb = openSqlite(path);
  const readDb = openSqlite(path, { readonly: true });

  return {
    readDb,
    addAlert: ({ kind, labels, firedAtMs, state = 'firing' }) => {
      const rule = writeDb
        .prepare(
          'INSERT INTO alert_rule (name, kind, kpi, updated_at) ' +
            "VALUES (?, ?, 'startup_seconds', CURRENT_TIMESTAMP)",
        )
        .run(`${kind} rule`, kind);
      const firedAtNs = firedAtMs === null ? null : BigInt(firedAtMs) * NS_PER_MS;
      writeDb
        .prepare(
          'INSERT INTO alert_state (rule_id, fingerprint, state, active_since_ns, fired_at_ns, ' +
            'labels) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          rule.lastInsertRowid,
          JSON.stringify(labels),
          state,
          firedAtNs ?? BigInt(Date.now()) * NS_PER_MS,
          firedAtNs,
          JSON.stringify(labels),
        );
    },
    close: () => {
      readDb.close();
      writeDb.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
