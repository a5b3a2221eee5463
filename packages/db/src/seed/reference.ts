import { KPIS, PARADIGMS, PLATFORMS, listReferenceCells } from '@fleetlens/schema';

import type { PrismaClient } from '../generated/prisma/client.ts';

/** The slice of `@fleetlens/schema` the seed reads; injectable so tests can pass their own. */
export type ReferenceData = {
  cells: readonly {
    matrix: string;
    row: string;
    column: string;
    rowZh: string;
    columnZh: string;
    rowEn?: string;
    columnEn?: string;
    zh: string;
    en: string;
    measurable: boolean;
    claim?: object;
    paradigm?: string;
  }[];
  paradigms: readonly { id: string; name?: string; nameZh?: string }[];
  platforms: readonly { id: string; displayName: string; paradigms: readonly string[] }[];
  kpis: readonly { name: string; unit: string; kind: string; description: string }[];
};

export type SeedCounts = { cells: number; paradigms: number; platforms: number; kpis: number };

export const loadReferenceData = (): ReferenceData => ({
  cells: listReferenceCells(),
  paradigms: PARADIGMS,
  platforms: PLATFORMS,
  kpis: KPIS,
});

/**
 * Loads the reference matrices and catalogs with upserts in one transaction, then deletes rows
 * the document no longer has, so re-running it is a no-op and the tables mirror the source.
 */
export const seedReference = async (
  prisma: PrismaClient,
  data: ReferenceData = loadReferenceData(),
): Promise<SeedCounts> => {
  const cellKey = (cell: { matrix: string; row: string; column: string }): string =>
    JSON.stringify([cell.matrix, cell.row, cell.column]);
  const wanted = new Set(data.cells.map(cellKey));
  const existing = await prisma.referenceCell.findMany({
    select: { matrix: true, row: true, column: true },
  });
  const stale = existing.filter((cell) => !wanted.has(cellKey(cell)));

  await prisma.$transaction([
    ...data.cells.map((cell) => {
      const fields = {
        rowZh: cell.rowZh,
        columnZh: cell.columnZh,
        rowEn: cell.rowEn ?? '',
        columnEn: cell.columnEn ?? '',
        zh: cell.zh,
        en: cell.en,
        measurable: cell.measurable,
        claim: cell.claim === undefined ? null : JSON.stringify(cell.claim),
        paradigm: cell.paradigm ?? null,
      };
      const key = { matrix: cell.matrix, row: cell.row, column: cell.column };

      return prisma.referenceCell.upsert({
        where: { matrix_row_column: key },
        create: { ...key, ...fields },
        update: fields,
      });
    }),
    ...stale.map((key) => prisma.referenceCell.delete({ where: { matrix_row_column: key } })),
    ...data.paradigms.map((paradigm) => {
      const fields = {
        name: paradigm.name ?? paradigm.id,
        nameZh: paradigm.nameZh ?? '',
        data: JSON.stringify(paradigm),
      };

      return prisma.paradigm.upsert({
        where: { id: paradigm.id },
        create: { id: paradigm.id, ...fields },
        update: fields,
      });
    }),
    prisma.paradigm.deleteMany({ where: { id: { notIn: data.paradigms.map((p) => p.id) } } }),
    ...data.platforms.map((platform) => {
      const fields = {
        displayName: platform.displayName,
        paradigms: JSON.stringify(platform.paradigms),
        data: JSON.stringify(platform),
      };

      return prisma.platform.upsert({
        where: { id: platform.id },
        create: { id: platform.id, ...fields },
        update: fields,
      });
    }),
    prisma.platform.deleteMany({ where: { id: { notIn: data.platforms.map((p) => p.id) } } }),
    ...data.kpis.map((kpi) => {
      const fields = {
        unit: kpi.unit,
        kind: kpi.kind,
        description: kpi.description,
        data: JSON.stringify(kpi),
      };

      return prisma.kpi.upsert({
        where: { name: kpi.name },
        create: { name: kpi.name, ...fields },
        update: fields,
      });
    }),
    prisma.kpi.deleteMany({ where: { name: { notIn: data.kpis.map((kpi) => kpi.name) } } }),
  ]);

  return {
    cells: data.cells.length,
    paradigms: data.paradigms.length,
    platforms: data.platforms.length,
    kpis: data.kpis.length,
  };
};
