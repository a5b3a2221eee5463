import { MARKET_SIZE, MATURITY } from '@fleetlens/schema';
import type { Cell, ReferenceMatrix } from '@fleetlens/schema';

/** One cell of the source document, in its words and in English, with where it comes from. */
export type DocumentClaim = {
  zh: string;
  en: string;
  /** A percentage as a fraction (10% is 0.1); null for a non-numeric cell. */
  value: number | null;
  matrixZh: string;
  matrixEn: string;
  columnZh: string;
  columnEn: string;
};

export type DocumentClaims = {
  /** 成熟度矩阵 · 采用率: the document's adoption estimate. */
  adoption: DocumentClaim | null;
  /** 市场规模预测 · 增长率: the document's yearly market growth forecast. */
  growthRate: DocumentClaim | null;
  /** 成熟度矩阵 · 成熟度: the maturity stage, for context. */
  maturity: DocumentClaim | null;
};

const claimOf = <R extends string, C extends string>(
  matrix: ReferenceMatrix<R, C>,
  paradigm: string,
  column: C,
): DocumentClaim | null => {
  const row = matrix.rows.find((candidate) => candidate.paradigm === paradigm);
  const label = matrix.columns.find((candidate) => candidate.id === column);
  if (row === undefined || label === undefined) return null;
  const cell: Cell = row.cells[column];

  return {
    zh: cell.zh,
    en: cell.en,
    value: cell.claim?.kind === 'fraction' ? cell.claim.value : null,
    matrixZh: matrix.titleZh,
    matrixEn: matrix.titleEn,
    columnZh: label.zh,
    columnEn: label.en,
  };
};

/** The document's claims about a paradigm; the container baseline has none. */
export const documentClaims = (paradigm: string): DocumentClaims => ({
  adoption: claimOf(MATURITY, paradigm, 'adoption'),
  growthRate: claimOf(MARKET_SIZE, paradigm, 'growth_rate'),
  maturity: claimOf(MATURITY, paradigm, 'maturity'),
});
