/**
 * SQL rendering a numeric column as a JSON number token, so that many rows can travel as one
 * string and be decoded by one JSON.parse:
 * - SQLite (3.43 and later) renders a REAL as the shortest text that reads back as the same
 *   double, and JSON.parse rounds correctly, so finite values round-trip exactly;
 * - whole numbers go as integers (`5`, not `5.0`): shorter, and V8 parses them faster;
 * - ±Infinity, which SQLite renders as `Inf`, goes as ±1e999 (JSON.parse reads ±Infinity);
 * - NULL goes as `null`, which group_concat would otherwise drop, shifting later rows.
 * `column` must be a plain column name (it is repeated in the expression).
 */
export const jsonNumber = (column: string): string =>
  `CASE WHEN ${column} = CAST(${column} AS INTEGER) THEN CAST(${column} AS INTEGER) ` +
  `WHEN ${column} IS NULL THEN 'null' WHEN ${column} = 9e999 THEN '1e999' ` +
  `WHEN ${column} = -9e999 THEN '-1e999' ELSE ${column} END`;

/**
 * A raw sample's value as a JSON token: the value of finite samples (kind 0, and kind 5, -0
 * stored as 0), ±1e999 for ±Infinity (kinds 2, 3) and null for stale markers (kind 4). NaN
 * samples (kind 1) are left out by the reads' WHERE clause.
 */
export const RAW_VALUE_JSON =
  `CASE value_kind WHEN 0 THEN ${jsonNumber('value')} WHEN 5 THEN ${jsonNumber('value')} ` +
  "WHEN 2 THEN '1e999' WHEN 3 THEN '-1e999' ELSE 'null' END";
