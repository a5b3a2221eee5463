import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { RAW_VALUE_JSON, jsonNumber } from './json-number.ts';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec('CREATE TABLE t (i INTEGER PRIMARY KEY, value REAL, value_kind INTEGER)');
});
afterEach(() => db.close());

/** Stores each value in a REAL column and reads them all back through one group_concat. */
const roundTrip = (values: readonly (number | null)[], expression = jsonNumber('value')) => {
  const insert = db.prepare('INSERT INTO t (i, value, value_kind) VALUES (?, ?, 0)');
  db.transaction(() => values.forEach((value, i) => insert.run(i, value)))();
  const text = db
    .prepare<[], string>(`SELECT '[' || group_concat(${expression}) || ']' FROM t`)
    .pluck()
    .get();

  return JSON.parse(text ?? '[]') as unknown[];
};

/** Doubles from random bit patterns: every exponent, subnormals included. */
const randomDoubles = (count: number): number[] => {
  const bits = new Uint32Array(2);
  const doubles = new Float64Array(bits.buffer);
  let seed = 7;
  const next = (): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;

    return seed;
  };
  const values: number[] = [];
  while (values.length < count) {
    bits[0] = next() ^ (next() << 16);
    bits[1] = next() ^ (next() << 16);
    const value = doubles[0] as number;
    if (Number.isFinite(value)) values.push(value);
  }

  return values;
};

describe('jsonNumber', () => {
  it('round-trips every finite double exactly through SQLite and JSON.parse', () => {
    const special = [
      0.1 + 0.2,
      1e308,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      2.2250738585072014e-308,
      Number.MAX_SAFE_INTEGER,
      2 ** 53 + 2,
      2 ** 63,
      -(2 ** 63),
      2 ** 64,
      1e21,
      123_456_789.123_456_79,
      5,
      -5,
      1 / 3,
    ];
    const values = [...special, ...randomDoubles(20_000)];
    const read = roundTrip(values);
    expect(read).toHaveLength(values.length);
    const differing = values.filter((value, i) => !Object.is(read[i], value));
    expect(differing).toEqual([]);
  });

  it('reads -0 as 0, as SQLite stores it', () => {
    expect(roundTrip([-0])).toEqual([0]);
  });

  it('sends ±Infinity as ±1e999 and NULL as null, keeping every row in place', () => {
    expect(roundTrip([1, Infinity, null, -Infinity, 2.5])).toEqual([
      1,
      Infinity,
      null,
      -Infinity,
      2.5,
    ]);
  });
});

describe('RAW_VALUE_JSON', () => {
  it('maps value kinds as the raw reads do: ±Infinity, null for stale markers', () => {
    const insert = db.prepare('INSERT INTO t (i, value, value_kind) VALUES (?, ?, ?)');
    const rows: [value: number | null, kind: number][] = [
      [1.5, 0],
      [null, 2],
      [null, 3],
      [null, 4],
      [0, 5],
      [7, 0],
    ];
    db.transaction(() => rows.forEach(([value, kind], i) => insert.run(i, value, kind)))();
    const text = db
      .prepare<[], string>(`SELECT '[' || group_concat(${RAW_VALUE_JSON}) || ']' FROM t`)
      .pluck()
      .get();
    expect(JSON.parse(text ?? '')).toEqual([1.5, Infinity, -Infinity, null, 0, 7]);
  });
});
