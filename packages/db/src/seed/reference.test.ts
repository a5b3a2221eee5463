import { KPIS, PARADIGMS, PLATFORMS, listReferenceCells } from '@fleetlens/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createStore } from '../client.ts';
import type { Store } from '../client.ts';
import { migrateDatabase } from '../migrate.ts';
import { createTempDir } from '../test-utils/temp-db.ts';
import type { TempDir } from '../test-utils/temp-db.ts';
import { loadReferenceData, seedReference } from './reference.ts';
import type { ReferenceData } from './reference.ts';

describe('seedReference', () => {
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

  const tableCounts = async () => ({
    cells: await store.prisma.referenceCell.count(),
    paradigms: await store.prisma.paradigm.count(),
    platforms: await store.prisma.platform.count(),
    kpis: await store.prisma.kpi.count(),
  });

  it('loads every reference cell and catalog entry of @fleetlens/schema', async () => {
    const cells = listReferenceCells();
    expect(cells.length).toBeGreaterThan(0);

    const counts = await seedReference(store.prisma);
    const expected = {
      cells: cells.length,
      paradigms: PARADIGMS.length,
      platforms: PLATFORMS.length,
      kpis: KPIS.length,
    };
    expect(counts).toEqual(expected);
    expect(await tableCounts()).toEqual(expected);

    const [first] = cells;
    if (first === undefined) throw new Error('no reference cells');
    const stored = await store.prisma.referenceCell.findUniqueOrThrow({
      where: { matrix_row_column: { matrix: first.matrix, row: first.row, column: first.column } },
    });
    expect(stored).toMatchObject({ zh: first.zh, en: first.en, measurable: first.measurable });
    expect(stored.claim === null ? undefined : JSON.parse(stored.claim)).toEqual(first.claim);
  });

  it('is idempotent', async () => {
    await seedReference(store.prisma);
    const once = await store.prisma.referenceCell.findMany({ orderBy: [{ matrix: 'asc' }] });
    await seedReference(store.prisma);

    expect(await store.prisma.referenceCell.findMany({ orderBy: [{ matrix: 'asc' }] })).toEqual(
      once,
    );
    expect((await tableCounts()).cells).toBe(listReferenceCells().length);
  });

  it('updates changed entries and removes entries the source no longer has', async () => {
    const full = loadReferenceData();
    await seedReference(store.prisma, full);
    const [kept, ...dropped] = full.cells;
    if (kept === undefined) throw new Error('no reference cells');
    const smaller: ReferenceData = {
      cells: [{ ...kept, en: 'changed' }],
      paradigms: full.paradigms.slice(0, 1),
      platforms: full.platforms.slice(0, 1),
      kpis: full.kpis.slice(0, 1),
    };
    await seedReference(store.prisma, smaller);

    expect(dropped.length).toBeGreaterThan(0);
    expect(await tableCounts()).toEqual({ cells: 1, paradigms: 1, platforms: 1, kpis: 1 });
    expect((await store.prisma.referenceCell.findFirstOrThrow()).en).toBe('changed');
  });
});
