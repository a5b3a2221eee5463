import type Database from 'better-sqlite3';

/**
 * Multi-row statements for batches of any length: one prepared statement per power of two up to
 * `maxRows`, so a batch runs as its largest fitting chunks and the cache keeps log2(maxRows) + 1
 * statements.
 */
export type ChunkedStatements = {
  /** Rows the next chunk takes when `remaining` rows are left. */
  sizeFor: (remaining: number) => number;
  statement: (rows: number) => Database.Statement;
};

export const createChunkedStatements = (
  sqlite: Database.Database,
  maxRows: number,
  sqlFor: (rows: number) => string,
): ChunkedStatements => {
  if (!Number.isInteger(Math.log2(maxRows)) || maxRows < 1 || maxRows > 8192) {
    throw new Error('rows per statement must be a power of two between 1 and 8192');
  }
  const statements = new Map<number, Database.Statement>();

  return {
    sizeFor: (remaining) => {
      let size = maxRows;
      while (size > remaining) size >>= 1;

      return size;
    },
    statement: (rows) => {
      let statement = statements.get(rows);
      if (statement === undefined) {
        statement = sqlite.prepare(sqlFor(rows));
        statements.set(rows, statement);
      }

      return statement;
    },
  };
};

/** `(?,?,…),(?,?,…)…`: the VALUES list of a multi-row INSERT. */
export const valuesList = (rows: number, columns: number): string => {
  const row = `(${Array.from({ length: columns }, () => '?').join(',')})`;

  return Array.from({ length: rows }, () => row).join(',');
};
