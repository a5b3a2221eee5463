import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readSamples } from '../read/samples.ts';
import { createMigratedSqlite, createTestSeries } from '../test-utils/temp-db.ts';
import { STALE_NAN, VALUE_KIND, isStaleNaNBits } from '../value-kind.ts';
import { createSampleWriter } from './samples.ts';
import type { SampleRow } from './samples.ts';

type Store = ReturnType<typeof createMigratedSqlite>;

const T0 = 1_700_000_000_000_000_000n;
const ABOVE_2_53 = 9_007_199_254_740_993n; // 2^53 + 1: not representable as a double

const countSamples = (store: Store): number =>
  Number(store.sqlite.prepare<[], { n: bigint }>('SELECT count(*) AS n FROM sample').get()?.n);

describe('createSampleWriter', () => {
  let store: Store;
  let seriesId: number;

  beforeEach(() => {
    store = createMigratedSqlite();
    [seriesId = 0] = createTestSeries(store.sqlite, 1);
  });
  afterEach(() => store.remove());

  it('shows why value_kind exists: SQLite stores a bound NaN as NULL', () => {
    store.sqlite.exec('CREATE TABLE nan_probe (v REAL)');
    store.sqlite.prepare('INSERT INTO nan_probe (v) VALUES (?)').run(Number.NaN);
    const row = store.sqlite
      .prepare<[], { v: number | null; t: string }>('SELECT v, typeof(v) AS t FROM nan_probe')
      .get();

    expect(row).toEqual({ v: null, t: 'null' });
  });

  it('round-trips NaN, +Inf, -Inf, -0, the stale NaN and finite values exactly and distinctly', () => {
    const values: SampleRow[] = [
      { seriesId, ts: T0, value: 1.5 },
      { seriesId, ts: T0 + 1n, value: Number.NaN },
      { seriesId, ts: T0 + 2n, value: Infinity },
      { seriesId, ts: T0 + 3n, value: -Infinity },
      { seriesId, ts: T0 + 4n, value: Number.NaN, stale: true },
      { seriesId, ts: T0 + 5n, value: STALE_NAN },
      { seriesId, ts: T0 + 6n, value: -0 },
      { seriesId, ts: T0 + 7n, value: 0 },
      { seriesId, ts: T0 + 8n, value: Number.MIN_VALUE },
      { seriesId, ts: T0 + 9n, value: -Number.MAX_VALUE },
      { seriesId, ts: T0 + 10n, value: 0.1 + 0.2 },
    ];
    const result = createSampleWriter(store.sqlite).writeSamples(values);
    expect(result).toEqual({ inserted: values.length, duplicates: 0, conflicts: [] });

    const read = readSamples(store.sqlite, seriesId, T0, T0 + 100n);
    expect(read.map((sample) => sample.ts)).toEqual(values.map((row) => row.ts));
    const [finite, nan, posInf, negInf, staleFlag, staleBits, negZero, zero, tiny, huge, sum] =
      read;
    expect(finite).toEqual({ ts: T0, value: 1.5, stale: false });
    expect(Number.isNaN(nan?.value)).toBe(true);
    expect(nan?.stale).toBe(false);
    expect(isStaleNaNBits(nan?.value ?? 0)).toBe(false);
    expect(posInf?.value).toBe(Infinity);
    expect(negInf?.value).toBe(-Infinity);
    for (const stale of [staleFlag, staleBits]) {
      expect(stale?.stale).toBe(true);
      expect(Number.isNaN(stale?.value)).toBe(true);
      expect(isStaleNaNBits(stale?.value ?? 0)).toBe(true);
    }
    expect(Object.is(negZero?.value, -0)).toBe(true);
    expect(Object.is(zero?.value, 0)).toBe(true);
    expect(tiny?.value).toBe(Number.MIN_VALUE);
    expect(huge?.value).toBe(-Number.MAX_VALUE);
    expect(sum?.value).toBe(0.1 + 0.2);

    const kinds = store.sqlite
      .prepare<[], { kind: bigint }>('SELECT value_kind AS kind FROM sample ORDER BY ts')
      .all()
      .map((row) => Number(row.kind));
    expect(kinds.slice(0, 7)).toEqual([
      VALUE_KIND.finite,
      VALUE_KIND.nan,
      VALUE_KIND.posInf,
      VALUE_KIND.negInf,
      VALUE_KIND.staleNaN,
      VALUE_KIND.staleNaN,
      VALUE_KIND.negZero,
    ]);
  });

  it('keeps nanosecond timestamps above 2^53 exact', () => {
    const stamps = [ABOVE_2_53, T0 + 1n, 9_223_372_036_854_775_807n, -1n];
    createSampleWriter(store.sqlite).writeSamples(
      stamps.map((ts, i) => ({ seriesId, ts, value: i })),
    );

    const read = readSamples(store.sqlite, seriesId, -10n, 9_223_372_036_854_775_807n);
    expect(read.map((sample) => sample.ts)).toEqual([...stamps].sort((a, b) => (a < b ? -1 : 1)));
    expect(read.find((sample) => sample.ts === ABOVE_2_53)?.value).toBe(0);
    expect(read.some((sample) => sample.ts === ABOVE_2_53 - 1n)).toBe(false);
  });

  it('treats a bit-identical retry as a no-op and reports a different value as a conflict', () => {
    const writer = createSampleWriter(store.sqlite);
    const batch: SampleRow[] = [
      { seriesId, ts: T0, value: 1 },
      { seriesId, ts: T0 + 1n, value: Number.NaN },
      { seriesId, ts: T0 + 2n, value: Number.NaN, stale: true },
      { seriesId, ts: T0 + 3n, value: -0 },
    ];
    writer.writeSamples(batch);

    expect(writer.writeSamples(batch)).toEqual({ inserted: 0, duplicates: 4, conflicts: [] });

    const changed: SampleRow[] = [
      { seriesId, ts: T0, value: 2 },
      { seriesId, ts: T0 + 1n, value: Number.NaN, stale: true },
      { seriesId, ts: T0 + 2n, value: Number.NaN },
      { seriesId, ts: T0 + 3n, value: 0 },
      { seriesId, ts: T0 + 4n, value: 5 },
    ];
    const result = writer.writeSamples(changed);
    expect(result.inserted).toBe(1);
    expect(result.duplicates).toBe(0);
    expect(result.conflicts).toEqual(
      [0n, 1n, 2n, 3n].map((offset) => ({ seriesId, ts: T0 + offset })),
    );

    const read = readSamples(store.sqlite, seriesId, T0, T0 + 10n);
    expect(read[0]?.value).toBe(1);
    expect(read[1]?.stale).toBe(false);
    expect(read[2]?.stale).toBe(true);
    expect(Object.is(read[3]?.value, -0)).toBe(true);
    expect(read[4]?.value).toBe(5);
  });

  it('keeps the first of two rows with the same key in one batch and reports the other', () => {
    const result = createSampleWriter(store.sqlite).writeSamples([
      { seriesId, ts: T0, value: 1 },
      { seriesId, ts: T0, value: 1 },
      { seriesId, ts: T0, value: 7 },
    ]);

    expect(result).toEqual({ inserted: 1, duplicates: 1, conflicts: [{ seriesId, ts: T0 }] });
    expect(readSamples(store.sqlite, seriesId, T0, T0)).toEqual([
      { ts: T0, value: 1, stale: false },
    ]);
  });

  it('stores nothing from a batch that fails in the middle', () => {
    const writer = createSampleWriter(store.sqlite, { rowsPerStatement: 4 });
    const rows: SampleRow[] = Array.from({ length: 20 }, (_, i) => ({
      seriesId,
      ts: T0 + BigInt(i),
      value: i,
    }));
    // An unknown series violates the foreign key after the first statements succeeded.
    rows.splice(10, 0, { seriesId: 999_999, ts: T0, value: 0 });
    expect(() => writer.writeSamples(rows)).toThrow(/FOREIGN KEY/);
    expect(countSamples(store)).toBe(0);

    const malformed = [...rows.slice(0, 5), { seriesId, ts: 5 as unknown as bigint, value: 1 }];
    expect(() => writer.writeSamples(malformed)).toThrow(TypeError);
    expect(countSamples(store)).toBe(0);

    expect(writer.writeSamples(rows.filter((row) => row.seriesId === seriesId)).inserted).toBe(20);
  });

  it('writes batches of any size through the power-of-two statement sizes', () => {
    const ids = createTestSeries(store.sqlite, 7);
    const rows: SampleRow[] = [];
    for (let point = 0; point < 143; point++) {
      for (const id of ids) rows.push({ seriesId: id, ts: T0 + BigInt(point), value: point * id });
    }
    const result = createSampleWriter(store.sqlite, { rowsPerStatement: 64 }).writeSamples(rows);

    expect(result).toEqual({ inserted: 1001, duplicates: 0, conflicts: [] });
    expect(countSamples(store)).toBe(1001);
    const last = ids.at(-1) ?? 0;
    expect(readSamples(store.sqlite, last, T0 + 142n, T0 + 142n)[0]?.value).toBe(142 * last);
  });

  it('writes columns: timestamps by index, the stale flag, any row order, first row wins', () => {
    const [, other = 0] = createTestSeries(store.sqlite, 2);
    const writer = createSampleWriter(store.sqlite, { rowsPerStatement: 4 });
    const times = [T0 + 2n, T0, ABOVE_2_53];
    const result = writer.writeColumns({
      length: 6,
      seriesIds: [other, seriesId, seriesId, seriesId, other, seriesId],
      timeIndex: Uint32Array.from([0, 0, 1, 2, 0, 1]),
      times,
      values: Float64Array.from([1, Number.NaN, 3, -0, 1, 4]),
      stale: Uint8Array.from([0, 1, 0, 0, 0, 0]),
    });
    // (other, T0+2) twice with the same value is a retry; (series, T0) with 3 then 4 conflicts.
    expect(result).toEqual({
      inserted: 4,
      duplicates: 1,
      conflicts: [{ seriesId, ts: T0 }],
    });
    const read = readSamples(store.sqlite, seriesId, 0n, T0 + 2n);
    expect(read.map(({ ts, stale }) => ({ ts, stale }))).toEqual([
      { ts: ABOVE_2_53, stale: false },
      { ts: T0, stale: false },
      { ts: T0 + 2n, stale: true },
    ]);
    expect(Object.is(read[0]?.value, -0)).toBe(true);
    expect(read[1]?.value).toBe(3);
    expect(readSamples(store.sqlite, other, T0, T0 + 2n).map((row) => row.value)).toEqual([1]);
  });

  it("inserts columns inside the caller's transaction, which alone commits or rolls back", () => {
    const writer = createSampleWriter(store.sqlite, { rowsPerStatement: 4 });
    const columns = (values: number[]) => ({
      length: values.length,
      seriesIds: values.map(() => seriesId),
      timeIndex: Uint32Array.from(values.map((_, i) => i)),
      times: values.map((_, i) => T0 + BigInt(i)),
      values: Float64Array.from(values),
      stale: new Uint8Array(values.length),
    });
    expect(() => writer.insertColumns(columns([1]))).toThrow(/open transaction/);

    const insertBoth = store.sqlite.transaction(() => [
      writer.insertColumns(columns([1, 2, 3, 4, 5])),
      writer.insertColumns(columns([1, 2, 9])),
    ]);
    expect(insertBoth()).toEqual([
      { inserted: 5, duplicates: 0, conflicts: [] },
      { inserted: 0, duplicates: 2, conflicts: [{ seriesId, ts: T0 + 2n }] },
    ]);

    const failing = store.sqlite.transaction(() => {
      writer.insertColumns(columns([1, 2, 3, 4, 5, 6, 7]));
      throw new Error('caller failed');
    });
    expect(() => failing()).toThrow('caller failed');
    expect(countSamples(store)).toBe(5);
  });

  it('rejects a statement size that is not a power of two', () => {
    expect(() => createSampleWriter(store.sqlite, { rowsPerStatement: 100 })).toThrow(
      /power of two/,
    );
  });
});
