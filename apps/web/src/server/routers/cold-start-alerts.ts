import type Database from 'better-sqlite3';

import { nsToMs } from '../range.ts';
import type { NsWindow } from './cold-start-window.ts';

export type ColdStartAlert = {
  id: number;
  firedAtMs: number;
  resolvedAtMs: number | null;
  state: string;
  platform: string | null;
  workload: string | null;
  rule: string;
};

type AlertRow = {
  id: bigint;
  fired_at_ns: bigint;
  resolved_at_ns: bigint | null;
  state: string;
  labels: string;
  name: string;
};

const hasTable = (db: Database.Database, name: string): boolean =>
  db
    .prepare<[string], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
    )
    .get(name) !== undefined;

const readLabels = (text: string): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The SQLite driver's errors carry a code; a missing column or table is SQLITE_ERROR. */
const isSchemaError = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'SQLITE_ERROR';

/**
 * Cold-start regression alerts that fired in the window, oldest first. The alerting backend
 * owns these tables and may not have created them (or all their columns) yet: then none.
 */
export const listColdStartAlerts = (db: Database.Database, window: NsWindow): ColdStartAlert[] => {
  if (!hasTable(db, 'alert_state') || !hasTable(db, 'alert_rule')) return [];
  let rows: AlertRow[];
  try {
    rows = db
      .prepare<[bigint, bigint], AlertRow>(
        'SELECT st.id, st.fired_at_ns, st.resolved_at_ns, st.state, st.labels, ru.name ' +
          'FROM alert_state st JOIN alert_rule ru ON ru.id = st.rule_id ' +
          "WHERE ru.kind = 'cold_start_regression' AND st.fired_at_ns IS NOT NULL " +
          'AND st.fired_at_ns >= ? AND st.fired_at_ns <= ? ORDER BY st.fired_at_ns, st.id LIMIT 500',
      )
      .safeIntegers(true)
      .all(window.fromNs, window.toNs);
  } catch (error) {
    if (isSchemaError(error)) return [];
    throw error;
  }

  return rows.map((row) => {
    const labels = readLabels(row.labels);

    return {
      id: Number(row.id),
      firedAtMs: nsToMs(row.fired_at_ns),
      resolvedAtMs: row.resolved_at_ns === null ? null : nsToMs(row.resolved_at_ns),
      state: row.state,
      platform: stringOrNull(labels.platform),
      workload: stringOrNull(labels.workload),
      rule: row.name,
    };
  });
};
