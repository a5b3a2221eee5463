import type Database from 'better-sqlite3';

/**
 * Series per statement. One statement per chunk keeps the text it builds bounded however long
 * each series is, and costs nothing measurable next to per-series statements.
 */
const CHUNK_SERIES = 256;

/**
 * A statement reading many series at once: `perSeries` is a scalar subquery over one series
 * (`j.value` is its id, `j.key` its index in the chunk) returning a JSON array whose first
 * element is `j.key`, or NULL when the series has no rows. The statement returns them all as
 * one JSON array: materializing a result row costs more than SQLite's whole scan of a series'
 * rows, so one string and one JSON.parse per chunk replace a row (or statement) per series.
 */
export const prepareBatch = (db: Database.Database, perSeries: string) =>
  db
    .prepare<Record<string, unknown>, string | null>(
      `SELECT '[' || group_concat(${perSeries}) || ']' FROM json_each(@ids) j`,
    )
    .pluck(true)
    .safeIntegers(false);

/**
 * Runs a batch statement over `ids` chunk by chunk and visits each series that has rows, in
 * the order of `ids`, with the array its subquery built (without the leading index).
 */
export const readBatch = (
  statement: ReturnType<typeof prepareBatch>,
  params: Record<string, unknown>,
  ids: readonly number[],
  visit: (index: number, entry: unknown[]) => void,
): void => {
  for (let start = 0; start < ids.length; start += CHUNK_SERIES) {
    const chunk = ids.slice(start, start + CHUNK_SERIES);
    const text = statement.get({ ...params, ids: JSON.stringify(chunk) });
    if (text === null || text === undefined) continue;
    const entries = inIndexOrder(JSON.parse(text) as unknown[][]);
    for (const entry of entries) {
      visit(start + (entry[0] as number), entry);
    }
  }
};

/** group_concat follows json_each's order in practice; sorting keeps series order if not. */
const inIndexOrder = (entries: unknown[][]): unknown[][] => {
  for (let i = 1; i < entries.length; i++) {
    if ((entries[i]?.[0] as number) < (entries[i - 1]?.[0] as number)) {
      return entries.sort((a, b) => (a[0] as number) - (b[0] as number));
    }
  }

  return entries;
};

/**
 * Indexes of rows in ascending offset order, or null when they already are (rows come in
 * primary-key order, which is time order; this guards the pairing of offsets and values if a
 * future plan ever differs).
 */
export const offsetOrder = (offsets: readonly number[]): number[] | null => {
  for (let i = 1; i < offsets.length; i++) {
    if ((offsets[i] as number) < (offsets[i - 1] as number)) {
      return offsets
        .map((_, row) => row)
        .sort((a, b) => (offsets[a] as number) - (offsets[b] as number));
    }
  }

  return null;
};

/** `values` rearranged by `order` (see offsetOrder). */
export const permute = <T>(values: readonly T[], order: readonly number[]): T[] =>
  order.map((row) => values[row] as T);
