import type Database from 'better-sqlite3';

import { VALUE_KIND, fromStored } from '../value-kind.ts';

export type StoredSample = {
  ts: bigint;
  /** Exact value: NaN, ±Inf and -0 restored; the stale NaN when `stale`. */
  value: number;
  /** Prometheus staleness marker: the series ended here. */
  stale: boolean;
};

type Row = { ts: bigint; value: number | null; kind: bigint };

const statements = new WeakMap<
  Database.Database,
  Database.Statement<[number, bigint, bigint], Row>
>();

/** Samples of one series with fromNs <= ts <= toNs, oldest first (a primary-key range scan). */
export const readSamples = (
  sqlite: Database.Database,
  seriesId: number,
  fromNs: bigint,
  toNs: bigint,
): StoredSample[] => {
  let statement = statements.get(sqlite);
  if (statement === undefined) {
    statement = sqlite
      .prepare<[number, bigint, bigint], Row>(
        'SELECT ts, value, value_kind AS kind FROM sample ' +
          'WHERE series_id = ? AND ts >= ? AND ts <= ? ORDER BY ts',
      )
      .safeIntegers(true);
    statements.set(sqlite, statement);
  }

  return statement.all(seriesId, fromNs, toNs).map((row) => {
    const kind = Number(row.kind);

    return { ts: row.ts, value: fromStored(row.value, kind), stale: kind === VALUE_KIND.staleNaN };
  });
};
