import { z } from 'zod';
import { ZParadigm } from '../paradigm.ts';
import type { Claim } from './claims.ts';
import { ZClaim } from './claims.ts';

export const ZReferenceMatrixId = z
  .enum(['container_vs_wasm', 'maturity', 'features', 'scenario_fit', 'market_size', 'investment'])
  .describe('Stable id of one matrix of the source document');
export type ReferenceMatrixId = z.infer<typeof ZReferenceMatrixId>;

export const ZCell = z.object({
  zh: z.string().min(1).describe('Cell text exactly as the source document writes it'),
  en: z.string().min(1).describe('English rendering of the cell'),
  measurable: z
    .boolean()
    .describe('True when the fleet can measure it (startup, resources, performance, adoption)'),
  claim: ZClaim.optional().describe('Machine-readable reading, when the cell makes a claim'),
});
export type Cell = { zh: string; en: string; measurable: boolean; claim?: Claim };

export const ZAxisLabel = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .describe('Stable row or column id'),
  zh: z
    .string()
    .min(1)
    .describe("The document's Chinese label; a Chinese rendering when it only has a YAML key"),
  en: z.string().min(1).describe('English label'),
  sourceKey: z
    .string()
    .optional()
    .describe('The YAML key the document uses, for matrices written as YAML'),
  paradigm: ZParadigm.optional().describe('The paradigm this row or column is about'),
});
export type AxisLabel = z.infer<typeof ZAxisLabel>;

export const ZReferenceMatrix = z.object({
  id: ZReferenceMatrixId,
  titleZh: z.string().min(1).describe('Heading of the matrix in the document'),
  titleEn: z.string().min(1).describe('English heading'),
  cornerZh: z.string().optional().describe("The table's first header cell, e.g. 特性, 技术"),
  columns: z.array(ZAxisLabel).min(1).describe('Columns in document order'),
  rows: z
    .array(
      ZAxisLabel.extend({
        cells: z.record(z.string(), ZCell).describe('One cell per column id'),
      }),
    )
    .min(1)
    .describe('Rows in document order, each with one cell per column'),
});

/** A matrix typed so every row must have exactly one cell for every column id. */
export type ReferenceMatrix<R extends string, C extends string> = {
  id: ReferenceMatrixId;
  titleZh: string;
  titleEn: string;
  cornerZh?: string;
  columns: readonly (AxisLabel & { id: C })[];
  rows: readonly (AxisLabel & { id: R; cells: Record<C, Cell> })[];
};
