import { z } from 'zod';
import type { Paradigm } from '../paradigm.ts';
import { ZParadigm } from '../paradigm.ts';
import type { Claim } from './claims.ts';
import { ZClaim } from './claims.ts';
import { CONTAINER_VS_WASM } from './container-vs-wasm.ts';
import { FEATURES } from './features.ts';
import { INVESTMENT } from './investment.ts';
import { MARKET_SIZE } from './market-size.ts';
import { MATURITY } from './maturity.ts';
import type { ReferenceMatrix, ReferenceMatrixId } from './matrix.ts';
import { ZReferenceMatrixId } from './matrix.ts';
import { SCENARIO_FIT } from './scenario-fit.ts';

/** Every matrix of the source document, keyed by its id, in document order. */
export const REFERENCE = {
  container_vs_wasm: CONTAINER_VS_WASM,
  maturity: MATURITY,
  features: FEATURES,
  scenario_fit: SCENARIO_FIT,
  market_size: MARKET_SIZE,
  investment: INVESTMENT,
} as const satisfies Record<ReferenceMatrixId, ReferenceMatrix<string, string>>;

export const ZReferenceCell = z.object({
  matrix: ZReferenceMatrixId,
  row: z.string().describe('Row id, stable: (matrix, row, column) is the cell key'),
  column: z.string().describe('Column id, stable'),
  rowZh: z.string().describe('Row label in Chinese'),
  columnZh: z.string().describe('Column label in Chinese'),
  rowEn: z.string().describe('Row label in English'),
  columnEn: z.string().describe('Column label in English'),
  zh: z.string().describe('Cell text exactly as the source document writes it'),
  en: z.string().describe('English rendering of the cell'),
  measurable: z.boolean().describe('True when the fleet can measure the claim'),
  claim: ZClaim.optional().describe('Machine-readable reading of the cell'),
  paradigm: ZParadigm.optional().describe('Paradigm the cell is about (from its row or column)'),
});
export type ReferenceCell = {
  matrix: ReferenceMatrixId;
  row: string;
  column: string;
  rowZh: string;
  columnZh: string;
  rowEn: string;
  columnEn: string;
  zh: string;
  en: string;
  measurable: boolean;
  claim?: Claim;
  paradigm?: Paradigm;
};

const flattenMatrix = <R extends string, C extends string>(
  matrix: ReferenceMatrix<R, C>,
): ReferenceCell[] =>
  matrix.rows.flatMap((row) =>
    matrix.columns.map((column) => {
      const cell = row.cells[column.id];
      const paradigm = row.paradigm ?? column.paradigm;

      return {
        matrix: matrix.id,
        row: row.id,
        column: column.id,
        rowZh: row.zh,
        columnZh: column.zh,
        rowEn: row.en,
        columnEn: column.en,
        zh: cell.zh,
        en: cell.en,
        measurable: cell.measurable,
        ...(cell.claim === undefined ? {} : { claim: cell.claim }),
        ...(paradigm === undefined ? {} : { paradigm }),
      };
    }),
  );

/**
 * All cells of all matrices, row by row in document order. The db seed and the dashboard
 * read reference data only through here, so the (matrix, row, column) keys never change.
 */
export const listReferenceCells = (): ReferenceCell[] => {
  const matrices: readonly ReferenceMatrix<string, string>[] = Object.values(REFERENCE);

  return matrices.flatMap((matrix) => flattenMatrix(matrix));
};

export const findReferenceCell = (
  matrix: ReferenceMatrixId,
  row: string,
  column: string,
): ReferenceCell | undefined =>
  listReferenceCells().find(
    (cell) => cell.matrix === matrix && cell.row === row && cell.column === column,
  );
