import type Database from 'better-sqlite3';

import type { Group } from './group-cells.ts';
import { createGroupInterner } from './group.ts';
import { isResourceField, labelPath } from './label-name.ts';
import { seriesWhere } from './series-filter.ts';
import type { SqlFragment, SelectSeriesOptions } from './series-filter.ts';

/** The series a range query reads, in id order, as parallel arrays. */
export type SelectedSeries = {
  ids: number[];
  /** Whether each series is a counter (percentiles of counters are over their rates). */
  counters: boolean[];
  /** Each series' output group (see groupOf); series of one group share the object. */
  groups: Group[];
};

/**
 * The `by` value of a series in SQL: a resource column, or the label when it is a JSON string
 * (as groupOf, which puts series whose label is missing or not a string in the group `{}`).
 */
const groupValue = (by: string | undefined): SqlFragment => {
  if (by === undefined) return { sql: 'NULL', params: [] };
  if (isResourceField(by)) return { sql: `r.${by}`, params: [] };
  const path = labelPath(by);

  return {
    sql: `CASE json_type(s.labels, ?) WHEN 'text' THEN json_extract(s.labels, ?) END`,
    params: [path, path],
  };
};

/**
 * Series matching the filters of one KPI, in id order (selectSeries' order) and limit, with
 * only what a range query needs: their id, whether they count, and their group. Reading whole
 * series and resource rows (and parsing every series' labels) costs more than reading their
 * samples, and so does a result row per series: SQLite returns them as one JSON list.
 */
export const selectSeriesGroups = (
  db: Database.Database,
  options: SelectSeriesOptions & { kpi: string; by: string | undefined },
): SelectedSeries => {
  const where = seriesWhere(options.filters, options.kpi);
  const group = groupValue(options.by);
  const kinds = options.kinds ?? [];
  const kindSql = kinds.length === 0 ? '' : ` AND s.kind IN (${kinds.map(() => '?').join(', ')})`;
  const limit = options.limit === undefined ? '' : ' LIMIT ?';
  const text = db
    .prepare<unknown[], string | null>(
      "SELECT '[' || group_concat(x) || ']' FROM (" +
        `SELECT s.id || ',' || (s.kind = 'counter') || ',' || json_quote(${group.sql}) AS x ` +
        `FROM series s JOIN resource r ON r.id = s.resource_id WHERE ${where.sql}${kindSql} ` +
        `ORDER BY s.kpi, s.id${limit})`,
    )
    .pluck(true)
    .get([
      ...group.params,
      ...where.params,
      ...kinds,
      ...(options.limit === undefined ? [] : [options.limit]),
    ]);
  // [id, counter, group value, id, …]
  const flat = text === null || text === undefined ? [] : (JSON.parse(text) as unknown[]);
  const groupOf = createGroupInterner(options.by);
  const rows: [id: number, counter: boolean, group: Group][] = [];
  for (let i = 0; i + 2 < flat.length; i += 3) {
    rows.push([flat[i] as number, flat[i + 1] === 1, groupOf(flat[i + 2])]);
  }
  // group_concat keeps the subquery's order in practice; the query order must not depend on it.
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i]?.[0] as number) < (rows[i - 1]?.[0] as number)) {
      rows.sort((a, b) => a[0] - b[0]);
      break;
    }
  }

  return {
    ids: rows.map((row) => row[0]),
    counters: rows.map((row) => row[1]),
    groups: rows.map((row) => row[2]),
  };
};

/**
 * Whether some series of the KPI is of one of these kinds, whatever the filters: a query first looks for
 * histogram series, which most KPIs lack, and this answers from the series rows alone, without
 * the resource join and group values of a selection.
 */
export const hasSeriesOfKinds = (
  db: Database.Database,
  kpi: string,
  kinds: readonly string[],
): boolean =>
  db
    .prepare<unknown[], number>(
      `SELECT EXISTS (SELECT 1 FROM series WHERE kpi = ? AND kind IN (${kinds.map(() => '?').join(', ')}))`,
    )
    .pluck(true)
    .safeIntegers(false)
    .get(kpi, ...kinds) === 1;
