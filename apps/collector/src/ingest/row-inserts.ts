import type Database from 'better-sqlite3';

import { createChunkedStatements, valuesList } from '@fleetlens/db';

/** Rows per statement: a histogram row binds 7 values, so 64 rows stay far below the limit. */
const MAX_ROWS = 64;

/**
 * `INSERT INTO <table> (<columns>) VALUES … ON CONFLICT DO NOTHING` over many rows at once, for
 * the row kinds that have no batched writer of their own. Returns the rows inserted, which is
 * what per-row inserts would have summed.
 */
export const createRowInserts = (
  sqlite: Database.Database,
  table: string,
  columns: readonly string[],
  conflict: string,
) => {
  const statements = createChunkedStatements(
    sqlite,
    MAX_ROWS,
    (rows) =>
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${valuesList(rows, columns.length)} ` +
      `ON CONFLICT (${conflict}) DO NOTHING`,
  );

  /** Inserts the rows `fill` writes, row by row, into the parameter list it is given. */
  return (rows: readonly number[], fill: (row: number, params: unknown[]) => void): number => {
    let inserted = 0;
    for (let start = 0; start < rows.length;) {
      const size = statements.sizeFor(rows.length - start);
      const params: unknown[] = [];
      for (let i = start; i < start + size; i++) fill(rows[i] ?? 0, params);
      inserted += statements.statement(size).run(params).changes;
      start += size;
    }

    return inserted;
  };
};
