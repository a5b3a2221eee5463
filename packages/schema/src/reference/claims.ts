import { z } from 'zod';
import { ZParadigm } from '../paradigm.ts';

/**
 * Machine-readable readings of the source document's matrix cells, so a published claim
 * ("Wasm starts in milliseconds", "Wasm adoption 10%") can be held against the live fleet.
 * Ranks are ordinal within one scale only and grow with the quantity named (a higher
 * learning-curve rank is steeper, a higher resource rank uses more).
 */

export const ZStartupBand = z.enum(['milliseconds', 'seconds', 'minutes']);
export type StartupBand = z.infer<typeof ZStartupBand>;

export const ZResourceLevel = z.enum(['very_small', 'small', 'medium', 'fairly_large', 'large']);
export type ResourceLevel = z.infer<typeof ZResourceLevel>;

export const ZMaturityStage = z.enum(['emerging', 'recovering', 'mature']);
export type MaturityStage = z.infer<typeof ZMaturityStage>;

export const ZLevelScale = z
  .enum([
    'ecosystem',
    'investment_heat',
    'learning_curve',
    'debugging',
    'outlook',
    'investment_level',
    'priority',
  ])
  .describe('Which ordinal scale of the document a level belongs to');
export type LevelScale = z.infer<typeof ZLevelScale>;

export const ZLevel = z
  .enum([
    'emerging',
    'moderate',
    'rich',
    'low',
    'medium',
    'medium_high',
    'high',
    'gentle',
    'steep',
    'easy',
    'hard',
    'uncertain',
    'good',
    'very_good',
  ])
  .describe('Level on its scale, in English; compare levels by rank, not by name');
export type Level = z.infer<typeof ZLevel>;

const ZRank = z.number().int().nonnegative().describe('Ordinal position on its scale, 0 lowest');

export const ZClaim = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('startup_band').describe('Claim kind'),
    band: ZStartupBand.describe('毫秒级 milliseconds, 秒级 seconds, 分钟级 minutes'),
    minSeconds: z.number().nonnegative().describe('Inclusive lower bound of the band'),
    maxSeconds: z.number().positive().nullable().describe('Exclusive upper bound; null: none'),
  }),
  z.object({
    kind: z.literal('resource_level').describe('Claim kind'),
    level: ZResourceLevel.describe('很小 < 小 < 中等 < 较大 < 大'),
    rank: ZRank,
  }),
  z.object({
    kind: z.literal('rating').describe('Claim kind'),
    scale: z.literal('performance').describe('What is rated'),
    level: z.enum(['good', 'very_good', 'better']).describe('好, 很好, or 更好 (relative)'),
    rank: ZRank.nullable().describe('好 0, 很好 1; null for a relative rating'),
    relativeTo: ZParadigm.optional().describe('For a relative rating: the paradigm it beats'),
  }),
  z.object({
    kind: z.literal('fraction').describe('Claim kind'),
    value: z.number().nonnegative().describe('A percentage as a ratio: "35%" is 0.35'),
  }),
  z.object({
    kind: z.literal('maturity_stage').describe('Claim kind'),
    stage: ZMaturityStage.describe('萌芽 emerging, 复苏 recovering, 成熟 mature'),
    rank: ZRank,
  }),
  z.object({
    kind: z.literal('usd').describe('Claim kind'),
    value: z.number().nonnegative().describe('US dollars: "$1.5B" is 1.5e9'),
  }),
  z.object({
    kind: z.literal('duration').describe('Claim kind'),
    seconds: z.number().nonnegative().describe('Duration in seconds'),
    months: z.number().nonnegative().optional().describe('Duration in months, when given so'),
  }),
  z.object({
    kind: z.literal('level').describe('Claim kind'),
    scale: ZLevelScale,
    level: ZLevel,
    rank: ZRank,
  }),
  z.object({
    kind: z.literal('fit').describe('Claim kind'),
    fit: z.enum(['best', 'good', 'poor']).describe('best_fit, good_fit or poor_fit'),
    rank: ZRank.describe('poor 0, good 1, best 2'),
    paradigms: z.array(ZParadigm).describe('Paradigms listed, in the document order'),
  }),
  z.object({
    kind: z.literal('comparison').describe('Claim kind'),
    aspect: z
      .enum(['startup', 'resource_use', 'ecosystem', 'performance', 'debugging'])
      .describe('What is compared'),
    favours: ZParadigm.describe('The paradigm the document says is better on this aspect'),
    over: ZParadigm.describe('The paradigm it is compared with'),
  }),
]);
export type Claim = z.infer<typeof ZClaim>;
export type ClaimKind = Claim['kind'];
