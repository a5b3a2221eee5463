import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createStore } from './client.ts';
import type { Store } from './client.ts';
import { migrateDatabase } from './migrate.ts';
import { createTempDir } from './test-utils/temp-db.ts';
import type { TempDir } from './test-utils/temp-db.ts';
import { VALUE_KIND } from './value-kind.ts';
import { createSampleWriter } from './write/samples.ts';
import { createSeriesResolver } from './write/series.ts';

const TS = 9_007_199_254_740_993n; // 2^53 + 1

describe('createStore', () => {
  let temp: TempDir;
  let store: Store;

  beforeEach(() => {
    temp = createTempDir();
    migrateDatabase(temp.url);
    store = createStore(temp.url);
  });
  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  it('lets Prisma read what the raw write path stored', async () => {
    const [seriesId = 0] = createSeriesResolver(store.sqlite).resolve(
      [
        {
          kpi: 'startup_seconds',
          unit: 'seconds',
          kind: 'gauge',
          resource: { paradigm: 'wasm', platform: 'spin', instance: 'app-1' },
          labels: { cold: 'true' },
        },
      ],
      TS,
    );
    createSampleWriter(store.sqlite).writeSamples([
      { seriesId, ts: TS, value: 0.25 },
      { seriesId, ts: TS + 1n, value: Number.NaN, stale: true },
    ]);

    const series = await store.prisma.series.findUniqueOrThrow({
      where: { id: seriesId },
      select: {
        kpi: true,
        labels: true,
        createdAt: true,
        resource: { select: { paradigm: true, platform: true, firstSeenNs: true } },
        samples: { select: { ts: true, value: true, valueKind: true }, orderBy: { ts: 'asc' } },
      },
    });

    expect(series.kpi).toBe('startup_seconds');
    expect(JSON.parse(series.labels)).toEqual({ cold: 'true' });
    expect(Math.abs(series.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(series.resource).toEqual({ paradigm: 'wasm', platform: 'spin', firstSeenNs: TS });
    expect(series.samples).toEqual([
      { ts: TS, value: 0.25, valueKind: VALUE_KIND.finite },
      { ts: TS + 1n, value: null, valueKind: VALUE_KIND.staleNaN },
    ]);
  });

  it('gives the Prisma connection the same durability and foreign-key settings', async () => {
    const read = async (pragma: string): Promise<unknown> => {
      const rows = await store.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        `PRAGMA ${pragma}`,
      );

      return Object.values(rows[0] ?? {})[0];
    };

    expect(String(await read('journal_mode'))).toBe('wal');
    expect(Number(await read('synchronous'))).toBe(2);
    expect(Number(await read('foreign_keys'))).toBe(1);
    await expect(
      store.prisma.series.create({
        data: { fingerprint: 'x', kpi: 'k', resourceId: 12345, unit: 'u', kind: 'gauge' },
      }),
    ).rejects.toThrow(/Foreign key/i);
  });

  it('writes through Prisma for everything that is not a hot path', async () => {
    const rule = await store.prisma.alertRule.create({
      data: { name: 'slow cold starts', kind: 'cold_start_regression', kpi: 'startup_seconds' },
    });
    await store.prisma.alertState.create({
      data: { ruleId: rule.id, fingerprint: 'f', state: 'pending', activeSinceNs: TS },
    });

    const states = store.sqlite
      .prepare<[], { active: bigint }>('SELECT active_since_ns AS active FROM alert_state')
      .all();
    expect(states).toEqual([{ active: TS }]);
  });
});
