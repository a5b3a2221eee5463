/**
 * Sample write throughput into a file-backed WAL database (a measurement, not a test):
 *   npx tsx src/write/samples.bench.ts
 * Writes 1,000,000 rows in batches of 10,000 (one transaction each, synchronous=FULL unless
 * noted). Throughput depends mostly on how many points of each series one commit carries:
 * every series in a batch dirties at least one B-tree leaf page that the commit must write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { migrateDatabase } from '../migrate.ts';
import { openSqlite } from '../sqlite.ts';
import type { SqliteSynchronous } from '../sqlite.ts';
import { createSampleWriter } from './samples.ts';
import type { SampleRow } from './samples.ts';
import { createSeriesResolver } from './series.ts';

const TOTAL_ROWS = 1_000_000;
const BATCH = 10_000;
const T0 = 1_700_000_000_000_000_000n;
const STEP_NS = 15_000_000_000n;

type Scenario = {
  /** Distinct series in one batch; BATCH / seriesPerBatch points each. */
  seriesPerBatch: number;
  rowsPerStatement: number;
  synchronous: SqliteSynchronous;
};

/** Series-major batches: each batch holds `seriesPerBatch` series over consecutive points. */
const buildBatches = (ids: number[], seriesPerBatch: number): SampleRow[][] => {
  const pointsPerBatch = BATCH / seriesPerBatch;
  const batches: SampleRow[][] = [];
  for (let round = 0; batches.length < TOTAL_ROWS / BATCH; round++) {
    for (
      let first = 0;
      first < ids.length && batches.length < TOTAL_ROWS / BATCH;
      first += seriesPerBatch
    ) {
      const batch: SampleRow[] = [];
      for (let point = 0; point < pointsPerBatch; point++) {
        const ts = T0 + BigInt(round * pointsPerBatch + point) * STEP_NS;
        for (const seriesId of ids.slice(first, first + seriesPerBatch)) {
          batch.push({ seriesId, ts, value: Math.sin(point + seriesId) * 100 });
        }
      }
      batches.push(batch);
    }
  }

  return batches;
};

const run = ({ seriesPerBatch, rowsPerStatement, synchronous }: Scenario): void => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetlens-bench-'));
  try {
    const file = path.join(dir, 'bench.db');
    migrateDatabase(`file:${file}`);
    const sqlite = openSqlite(file, { synchronous });
    const ids = createSeriesResolver(sqlite).resolve(
      Array.from({ length: 2_000 }, (_, i) => ({
        kpi: 'container_cpu_usage_ratio',
        unit: '1',
        kind: 'gauge',
        resource: { platform: 'kubernetes', cluster: 'bench', instance: `pod-${i}` },
      })),
      T0,
    );
    const writer = createSampleWriter(sqlite, { rowsPerStatement });
    const batches = buildBatches(ids, seriesPerBatch);
    const started = process.hrtime.bigint();
    let rows = 0;
    for (const batch of batches) rows += writer.writeSamples(batch).inserted;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const retryStarted = process.hrtime.bigint();
    const retry = writer.writeSamples(batches[0] ?? []);
    const retrySeconds = Number(process.hrtime.bigint() - retryStarted) / 1e9;
    sqlite.close();
    const rate = (n: number, s: number): string => Math.round(n / s).toLocaleString('en');
    console.log(
      `${seriesPerBatch} series x ${BATCH / seriesPerBatch} points per batch, ` +
        `${rowsPerStatement} rows/statement, synchronous=${synchronous}: ` +
        `${rows.toLocaleString('en')} rows in ${seconds.toFixed(2)} s = ${rate(rows, seconds)} rows/s` +
        ` | exact retry of one batch: ${retry.duplicates} duplicates, ${rate(BATCH, retrySeconds)} rows/s`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

for (const rowsPerStatement of [32, 64, 128, 256]) {
  run({ seriesPerBatch: 100, rowsPerStatement, synchronous: 'FULL' });
}
run({ seriesPerBatch: 2_000, rowsPerStatement: 128, synchronous: 'FULL' });
run({ seriesPerBatch: 2_000, rowsPerStatement: 128, synchronous: 'NORMAL' });
run({ seriesPerBatch: 10, rowsPerStatement: 128, synchronous: 'FULL' });
