/**
 * Range-query timings on a file-backed store (not a test):
 *   npx tsx src/query/query.bench.ts [series] [scrapeSeconds] [only]
 * Writes one hour of a gauge and a counter for SERIES series each (default 2,000, one sample
 * every 15 s), then times queries with a 60 s step at raw and 1m resolution, the rollup job
 * and listSeries. Then the dashboard panels the VictoriaMetrics comparison asks (bench/):
 * the counter rate with a 15 s step, and p95 from histograms (SERIES / 2 series over the hour,
 * plus SERIES / 80 with an hourly point over 30 days) over 1 h at 15 s and 30 d at 3 h, the
 * latter from raw samples and, after the rollup job, from hourly histogram rollups.
 * Each timing is the median of RUNS runs, wall clock and process CPU time; `only` (a regular
 * expression) times only the cases whose label matches.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ROLLUP_DIRTY_DDL, createDirtyHourMarker } from '../maintenance/dirty-hours.ts';
import { runRollups } from '../maintenance/rollups.ts';
import { migrateDatabase } from '../migrate.ts';
import { openSqlite } from '../sqlite.ts';
import { createSampleWriter } from '../write/samples.ts';
import type { SampleRow } from '../write/samples.ts';
import { createSeriesResolver } from '../write/series.ts';
import { listSeries } from './list-series.ts';
import { queryRange } from './query-range.ts';
import { writeHistogramFleet } from './test-utils/histogram-fleet.ts';
import { NS_PER_DAY, NS_PER_HOUR, NS_PER_MINUTE, NS_PER_SECOND, floorTo } from './time.ts';
import type { QueryRangeParams } from './types.ts';

const SERIES = Number(process.argv[2] ?? 2_000);
const SCRAPE_SECONDS = Number(process.argv[3] ?? 15);
const RUNS = 7;
const T0 = floorTo(1_700_000_000_000_000_000n, NS_PER_HOUR);
const PARADIGMS = ['wasm', 'edge', 'serverless', 'ai_ml', 'blockchain', 'iot', 'container'];
const ONLY = new RegExp(process.argv[4] ?? '');

/** Median wall and CPU time of RUNS runs (CPU time is steadier on a shared machine). */
const time = (label: string, run: () => unknown): void => {
  if (!ONLY.test(label)) return;
  const wall: number[] = [];
  const cpu: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const usage = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
    wall.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const median = (values: number[]): string =>
    (values.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN).toFixed(1).padStart(7);
  const summary =
    result !== null && typeof result === 'object' && 'series' in result
      ? `${(result as { series: unknown[] }).series.length} groups`
      : Array.isArray(result)
        ? `${result.length} rows`
        : '';
  console.log(`${label.padEnd(44)} wall ${median(wall)} ms  cpu ${median(cpu)} ms  ${summary}`);
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetlens-query-bench-'));
try {
  const file = path.join(dir, 'bench.db');
  migrateDatabase(`file:${file}`);
  const db = openSqlite(file, { synchronous: 'NORMAL' });
  db.exec(ROLLUP_DIRTY_DDL);
  const keys = (kpi: string, kind: string) =>
    Array.from({ length: SERIES }, (_, i) => ({
      kpi,
      unit: 'count',
      kind,
      resource: {
        paradigm: PARADIGMS[i % PARADIGMS.length],
        platform: `platform-${i % 20}`,
        cluster: 'bench',
        workload: `w${i % 50}`,
        instance: `i${i}`,
      },
    }));
  const resolver = createSeriesResolver(db);
  const gauges = resolver.resolve(keys('memory_bytes', 'gauge'), T0);
  const counters = resolver.resolve(keys('requests_total', 'counter'), T0);
  const writer = createSampleWriter(db);
  const mark = createDirtyHourMarker(db);
  const points = Math.floor(3600 / SCRAPE_SECONDS);
  const started = process.hrtime.bigint();
  for (let p = 0; p < points; p++) {
    const ts = T0 + BigInt(p * SCRAPE_SECONDS) * NS_PER_SECOND;
    const rows: SampleRow[] = [];
    for (const [i, seriesId] of gauges.entries()) rows.push({ seriesId, ts, value: (i * p) % 977 });
    for (const [i, seriesId] of counters.entries()) rows.push({ seriesId, ts, value: p * (i % 7) });
    db.transaction(() => {
      writer.writeSamples(rows);
      mark([ts]);
    }).immediate();
  }
  const rowCount = points * SERIES * 2;
  const writeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `setup: ${SERIES} gauges + ${SERIES} counters x ${points} points = ` +
      `${rowCount.toLocaleString('en')} samples in ${writeSeconds.toFixed(1)} s`,
  );

  const base: QueryRangeParams = {
    kpi: 'memory_bytes',
    agg: 'avg',
    fromNs: T0,
    toNs: T0 + NS_PER_HOUR - 1n,
    stepNs: 60n * NS_PER_SECOND,
    nowNs: T0 + NS_PER_HOUR,
  };
  time('raw avg, no grouping', () => queryRange(db, base));
  time('raw avg by paradigm', () => queryRange(db, { ...base, by: 'paradigm' }));
  time('raw max by instance', () => queryRange(db, { ...base, agg: 'max', by: 'instance' }));
  time('raw p95 by platform', () => queryRange(db, { ...base, agg: 'p95', by: 'platform' }));
  time('raw rate by paradigm (counters)', () =>
    queryRange(db, { ...base, kpi: 'requests_total', agg: 'rate', by: 'paradigm' }),
  );
  time('raw avg, filtered to one paradigm', () =>
    queryRange(db, { ...base, filters: { paradigm: 'wasm' } }),
  );
  time('listSeries (limit 10,000) with latest values', () =>
    listSeries(db, { kpi: 'memory_bytes', limit: 10_000 }),
  );

  const rollupStarted = process.hrtime.bigint();
  const rollups = runRollups(db, { maxHours: 10 });
  console.log(
    `runRollups: ${rollups.hours.length} hour, ${rollups.rows1m.toLocaleString('en')} 1m rows ` +
      `in ${(Number(process.hrtime.bigint() - rollupStarted) / 1e6).toFixed(0)} ms ` +
      '(one transaction)',
  );
  time('1m avg by paradigm', () => queryRange(db, { ...base, by: 'paradigm', resolution: '1m' }));
  time('1m rate by paradigm', () =>
    queryRange(db, {
      ...base,
      kpi: 'requests_total',
      agg: 'rate',
      by: 'paradigm',
      resolution: '1m',
    }),
  );
  time('1h avg by paradigm, 5 min step', () =>
    queryRange(db, { ...base, stepNs: 5n * NS_PER_MINUTE, by: 'paradigm', resolution: '1h' }),
  );

  const dashboard = { ...base, stepNs: 15n * NS_PER_SECOND, by: 'paradigm' };
  time('raw rate by paradigm, 15 s step (counters)', () =>
    queryRange(db, { ...dashboard, kpi: 'requests_total', agg: 'rate' }),
  );
  const histogramResource = (i: number) => ({
    paradigm: PARADIGMS[i % PARADIGMS.length],
    cluster: 'bench',
    instance: `h${i}`,
  });
  const histogramRows =
    writeHistogramFleet(db, resolver.resolve, {
      kpi: 'startup_seconds',
      resource: histogramResource,
      series: SERIES / 2,
      fromNs: T0,
      everyNs: BigInt(SCRAPE_SECONDS) * NS_PER_SECOND,
      points,
    }) +
    writeHistogramFleet(db, resolver.resolve, {
      kpi: 'startup_seconds',
      resource: (i) => ({ ...histogramResource(i), instance: `history${i}` }),
      series: Math.ceil(SERIES / 80),
      fromNs: T0 + NS_PER_HOUR - 30n * NS_PER_DAY,
      everyNs: NS_PER_HOUR,
      points: 30 * 24,
    });
  console.log(`histograms: ${histogramRows.toLocaleString('en')} rows`);
  const p95 = { ...dashboard, kpi: 'startup_seconds', agg: 'p95' } as const;
  time('histogram p95 by paradigm, 1 h, 15 s step', () => queryRange(db, p95));
  const month = { ...p95, fromNs: base.toNs + 1n - 30n * NS_PER_DAY, stepNs: 3n * NS_PER_HOUR };
  time('histogram p95 by paradigm, 30 d, 3 h step', () =>
    queryRange(db, { ...month, resolution: 'raw' }),
  );
  // The histogram writes above mark no hours: mark the month, as ingest of it would.
  const hours = Array.from(
    { length: 30 * 24 },
    (_, h) => T0 + NS_PER_HOUR - BigInt(h) * NS_PER_HOUR,
  );
  db.transaction(() => mark(hours)).immediate();
  const histogramRollupStarted = process.hrtime.bigint();
  const histogramRollups = runRollups(db, { maxHours: hours.length });
  console.log(
    `runRollups: ${histogramRollups.hours.length} hours, ` +
      `${histogramRollups.histogramRows1h.toLocaleString('en')} histogram rows in ` +
      `${(Number(process.hrtime.bigint() - histogramRollupStarted) / 1e6).toFixed(0)} ms`,
  );
  time('histogram p95 by paradigm, 30 d, 3 h step, 1h', () => {
    const result = queryRange(db, month);
    if (result.resolution !== '1h') throw new Error(`read ${result.resolution}, not 1h rollups`);

    return result;
  });
  db.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
