import type Database from 'better-sqlite3';

import { toStoredValue, toValueKind } from '../value-kind.ts';
import { createChunkedStatements, valuesList } from './chunked.ts';

export type SampleRow = {
  seriesId: number;
  /** Nanoseconds since the Unix epoch. */
  ts: bigint;
  value: number;
  /** Prometheus staleness marker; the value is then ignored. */
  stale?: boolean;
};

/**
 * Samples as parallel columns, the form a decoder worker hands over: no object per row, and a
 * batch's few distinct timestamps are BigInts once each (`times`), referenced by index.
 */
export type SampleColumns = {
  length: number;
  seriesIds: ArrayLike<number>;
  /** Per row, an index into `times`. */
  timeIndex: ArrayLike<number>;
  /** Nanoseconds since the Unix epoch. */
  times: readonly bigint[];
  values: ArrayLike<number>;
  /** Non-zero marks a Prometheus staleness marker (a NaN payload does not survive cloning). */
  stale: ArrayLike<number>;
};

export type SamplePointKey = { seriesId: number; ts: bigint };

export type WriteSamplesResult = {
  inserted: number;
  /** Points already stored with the bit-identical value: retries, accepted as no-ops. */
  duplicates: number;
  /** Points already stored with a different value: rejected, not stored. */
  conflicts: SamplePointKey[];
};

export type SampleWriter = {
  writeSamples: (rows: readonly SampleRow[]) => WriteSamplesResult;
  writeColumns: (columns: SampleColumns) => WriteSamplesResult;
  /**
   * writeColumns inside a transaction the caller holds, without a savepoint of its own: on a
   * failure the caller rolls back. A writer that commits many jobs at once saves a SAVEPOINT
   * and RELEASE per job.
   */
  insertColumns: (columns: SampleColumns) => WriteSamplesResult;
};

export type SampleWriterOptions = {
  /** Rows per multi-row INSERT, a power of two. 32 to 256 bench within noise of each other. */
  rowsPerStatement?: number;
};

const COLUMNS = 4;

const toColumns = (rows: readonly SampleRow[]): SampleColumns => {
  const timeIndex = new Uint32Array(rows.length);
  const stale = new Uint8Array(rows.length);
  rows.forEach((row, index) => {
    timeIndex[index] = index;
    stale[index] = row.stale === true ? 1 : 0;
  });

  return {
    length: rows.length,
    seriesIds: rows.map((row) => row.seriesId),
    timeIndex,
    times: rows.map((row) => row.ts),
    values: rows.map((row) => row.value),
    stale,
  };
};

/**
 * Batched sample inserts through the raw driver (Prisma createMany is far too slow for this
 * path). One call is one IMMEDIATE transaction, so a failure anywhere stores nothing. Rows go
 * through cached multi-row INSERTs; a statement whose change count falls short of its row count
 * hit existing keys, and only then are its rows compared with what is stored.
 */
export const createSampleWriter = (
  sqlite: Database.Database,
  options: SampleWriterOptions = {},
): SampleWriter => {
  const maxRows = options.rowsPerStatement ?? 128;
  const inserts = createChunkedStatements(
    sqlite,
    maxRows,
    (rows) =>
      `INSERT INTO sample (series_id, ts, value, value_kind) VALUES ${valuesList(rows, COLUMNS)} ` +
      'ON CONFLICT (series_id, ts) DO NOTHING',
  );
  const selectStored = sqlite.prepare<[number, bigint], { value: number | null; kind: bigint }>(
    'SELECT value, value_kind AS kind FROM sample WHERE series_id = ? AND ts = ?',
  );
  const params: (number | bigint | null)[] = new Array<number | bigint | null>(maxRows * COLUMNS);

  /** Compares a short statement's rows with what is stored: retries or conflicts. */
  const checkExisting = (size: number, result: WriteSamplesResult, changes: number): void => {
    let conflicts = 0;
    for (let i = 0; i < size; i++) {
      const p = i * COLUMNS;
      const stored = selectStored.get(params[p] as number, params[p + 1] as bigint);
      if (stored === undefined) throw new Error('sample vanished inside its own transaction');
      if (Number(stored.kind) !== params[p + 3] || stored.value !== params[p + 2]) {
        conflicts++;
        result.conflicts.push({ seriesId: params[p] as number, ts: params[p + 1] as bigint });
      }
    }
    result.duplicates += size - changes - conflicts;
  };

  const write = (columns: SampleColumns): WriteSamplesResult => {
    const result: WriteSamplesResult = { inserted: 0, duplicates: 0, conflicts: [] };
    const order = sortOrder(columns);
    const { seriesIds, timeIndex, times, values, stale } = columns;
    let start = 0;
    while (start < columns.length) {
      const size = inserts.sizeFor(columns.length - start);
      params.length = size * COLUMNS;
      for (let i = 0; i < size; i++) {
        const row = order === undefined ? start + i : (order[start + i] as number);
        const seriesId = seriesIds[row] as number;
        const ts = times[timeIndex[row] as number] as bigint;
        const value = values[row] as number;
        checkRow(seriesId, ts, value, start + i);
        const kind = toValueKind(value, stale[row] === 1);
        const p = i * COLUMNS;
        params[p] = seriesId;
        params[p + 1] = ts;
        params[p + 2] = toStoredValue(value, kind);
        params[p + 3] = kind;
      }
      const { changes } = inserts.statement(size).run(params);
      result.inserted += changes;
      if (changes < size) checkExisting(size, result, changes);
      start += size;
    }

    return result;
  };
  const transaction = sqlite.transaction(write);
  const writeColumns = (columns: SampleColumns): WriteSamplesResult =>
    columns.length === 0
      ? { inserted: 0, duplicates: 0, conflicts: [] }
      : transaction.immediate(columns);

  const insertColumns = (columns: SampleColumns): WriteSamplesResult => {
    if (!sqlite.inTransaction) throw new Error('insertColumns needs an open transaction');

    return write(columns);
  };

  return {
    writeSamples: (rows) => writeColumns(toColumns(rows)),
    writeColumns,
    insertColumns,
  };
};

/**
 * Key order makes consecutive rows land in the same B-tree leaf. A request usually carries many
 * series with a few points each; unsorted, every row touches another page (measured about 4x
 * slower). The sort is stable, so among rows with the same key the first one still wins.
 * Undefined when the rows are already in order, as a decoded batch nearly always is.
 */
const sortOrder = (columns: SampleColumns): number[] | undefined => {
  const { seriesIds, timeIndex, times } = columns;
  const compare = (a: number, b: number): number => {
    const byId = (seriesIds[a] as number) - (seriesIds[b] as number);
    if (byId !== 0) return byId;
    const ta = times[timeIndex[a] as number] as bigint;
    const tb = times[timeIndex[b] as number] as bigint;

    return ta < tb ? -1 : ta > tb ? 1 : 0;
  };
  for (let i = 1; i < columns.length; i++) {
    if (compare(i - 1, i) > 0) {
      return Array.from({ length: columns.length }, (_, index) => index).sort(compare);
    }
  }

  return undefined;
};

const checkRow = (seriesId: number, ts: bigint, value: number, index: number): void => {
  if (
    !Number.isSafeInteger(seriesId) ||
    seriesId <= 0 ||
    typeof ts !== 'bigint' ||
    typeof value !== 'number'
  ) {
    throw new TypeError(`sample row ${index} is malformed (seriesId, bigint ts, number value)`);
  }
};
