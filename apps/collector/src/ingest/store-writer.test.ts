import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { migrateDatabase, openSqlite, readSamples } from '@fleetlens/db';
import type { HistogramPoint, KpiSample, Resource } from '@fleetlens/schema';

import { STALE_NAN } from '../decode/prometheus/stale.ts';
import type { UnmappedCount } from '../normalize/types.ts';
import { encodeBatch } from '../worker/encode-batch.ts';
import { openWireBatch } from '../worker/wire-batch.ts';
import { createStoreWriter } from './store-writer.ts';
import type { ValidatedBatch } from './validate.ts';

const T = 1_714_564_810_000_000_000n;

const resource = (instance: string): Resource => ({
  tenant: 'default',
  paradigm: 'container',
  platform: 'kubernetes',
  instance,
  attributes: { job: 'test' },
});

const sample = (instance: string, value: number, extra: Partial<KpiSample> = {}): KpiSample => ({
  kpi: 'memory_bytes',
  resource: resource(instance),
  labels: {},
  timestampNs: T,
  value,
  ...extra,
});

/** What the writer receives: a validated batch, encoded and cloned as a worker sends it. */
const job = (
  samples: KpiSample[],
  extra: Partial<ValidatedBatch> = {},
  unmapped: UnmappedCount[] = [],
) =>
  openWireBatch(
    structuredClone(
      encodeBatch(
        { samples, histograms: [], summaries: [], events: [], rejections: new Map(), ...extra },
        unmapped,
      ),
    ),
  );

const seriesIdOf = (sqlite: Database.Database, instance: string): number =>
  Number(
    sqlite
      .prepare<[string], { id: bigint }>(
        'SELECT s.id FROM series s JOIN resource r ON r.id = s.resource_id WHERE r.instance = ?',
      )
      .get(instance)?.id,
  );

describe('createStoreWriter', () => {
  let dir: string;
  let sqlite: Database.Database;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fleetlens-writer-'));
    migrateDatabase(`file:${join(dir, 'store.db')}`);
    sqlite = openSqlite(join(dir, 'store.db'));
  });
  afterEach(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores exact values, distributions and unmapped counts; retries are duplicates', () => {
    const writer = createStoreWriter({ sqlite, now: () => T, maxSeries: 100 });
    const values = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2.5];
    const first = job(
      [
        ...values.map((value, i) => sample(`p${i}`, value)),
        sample('p5', STALE_NAN),
        sample('p6', Number.NaN, { stale: true }),
      ],
      {
        summaries: [
          {
            kpi: 'request_duration_seconds',
            resource: resource('p0'),
            labels: {},
            timestampNs: T,
            count: 4,
            sum: Number.NaN,
            quantiles: [{ quantile: 0.99, value: 0.5 }],
          },
        ],
      },
      [{ source: 'import', family: 'foo', count: 2 }],
    );
    const second = job([], {}, [{ source: 'import', family: 'foo', count: 3 }]);

    expect(writer.commit([first, second])).toEqual([
      { stored: 8, duplicates: 0, conflicts: 0, limited: 0 },
      { stored: 0, duplicates: 0, conflicts: 0, limited: 0 },
    ]);
    const read = (instance: string) => readSamples(sqlite, seriesIdOf(sqlite, instance), T, T)[0];
    expect(Number.isNaN(read('p0')?.value)).toBe(true);
    expect([read('p1')?.value, read('p2')?.value, read('p4')?.value]).toEqual([
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      2.5,
    ]);
    expect(Object.is(read('p3')?.value, -0)).toBe(true);
    expect([read('p0')?.stale, read('p5')?.stale, read('p6')?.stale]).toEqual([false, true, true]);
    expect(sqlite.prepare('SELECT count, sum, quantiles FROM summary_sample').get()).toEqual({
      count: 4n,
      sum: null,
      quantiles: '[{"quantile":0.99,"value":0.5}]',
    });
    expect(sqlite.prepare('SELECT family, count FROM unmapped_count').all()).toEqual([
      { family: 'foo', count: 5n },
    ]);

    const retry = job([sample('p4', 2.5), sample('p3', -0), sample('p0', 1)]);
    expect(writer.commit([retry])).toEqual([
      { stored: 0, duplicates: 2, conflicts: 1, limited: 0 },
    ]);
  });

  it('refuses new series past the limit and keeps writing existing ones', () => {
    const writer = createStoreWriter({ sqlite, now: () => T, maxSeries: 2 });
    expect(writer.commit([job([sample('a', 1), sample('b', 1)])])).toEqual([
      { stored: 2, duplicates: 0, conflicts: 0, limited: 0 },
    ]);

    const later = { timestampNs: T + 1n };
    expect(writer.commit([job([sample('c', 1, later), sample('a', 2, later)])])).toEqual([
      { stored: 1, duplicates: 0, conflicts: 0, limited: 1 },
    ]);
    expect(readSamples(sqlite, seriesIdOf(sqlite, 'a'), T, T + 1n)).toHaveLength(2);
    expect(seriesIdOf(sqlite, 'c')).toBeNaN();
  });

  it('marks the hours of histograms dirty, so that their hourly rollups follow', () => {
    const writer = createStoreWriter({ sqlite, now: () => T, maxSeries: 100 });
    const hourNs = 3_600_000_000_000n;
    const earlier = T - 5n * hourNs;
    const histogram: HistogramPoint = {
      kpi: 'startup_seconds',
      resource: resource('h'),
      labels: {},
      timestampNs: earlier,
      count: 2,
      sum: 1.5,
      bounds: [1],
      bucketCounts: [1, 1],
      temporality: 'cumulative',
    };
    expect(writer.commit([job([], { histograms: [histogram] })])).toEqual([
      { stored: 1, duplicates: 0, conflicts: 0, limited: 0 },
    ]);
    const dirty = sqlite
      .prepare<[], bigint>('SELECT hour_start_ns FROM rollup_dirty')
      .pluck(true)
      .all();
    expect(dirty).toEqual([earlier - (earlier % hourNs)]);
  });
});
