import type { Paradigm } from '../paradigm.ts';
import type { Claim, LevelScale } from './claims.ts';
import type { Cell } from './matrix.ts';
import type {
  LevelEntry,
  LevelZh,
  MaturityStageZh,
  ResourceLevelZh,
  StartupBandZh,
} from './scales.ts';
import { LEVELS, MATURITY_STAGES, RESOURCE_LEVELS, STARTUP_BANDS } from './scales.ts';

/**
 * Cell builders: each takes the document's exact text and derives the English and the
 * claim from it, so a matrix file states each cell once and cannot contradict itself.
 */

/** Average Gregorian month (365.2425 days / 12), so 12 months is exactly one year. */
export const SECONDS_PER_MONTH = 2_629_746;

export const startupCell = (zh: StartupBandZh): Cell => {
  const { band, en, minSeconds, maxSeconds } = STARTUP_BANDS[zh];

  return {
    zh,
    en,
    measurable: true,
    claim: { kind: 'startup_band', band, minSeconds, maxSeconds },
  };
};

export const resourceCell = (zh: ResourceLevelZh): Cell => {
  const { level, en, rank } = RESOURCE_LEVELS[zh];

  return { zh, en, measurable: true, claim: { kind: 'resource_level', level, rank } };
};

/** 好/很好 are absolute ratings; 更好 only says "better than" the other column. */
export const performanceCell = (zh: '好' | '很好' | '更好', relativeTo?: Paradigm): Cell => {
  const claim: Claim =
    zh === '更好'
      ? { kind: 'rating', scale: 'performance', level: 'better', rank: null, relativeTo }
      : zh === '好'
        ? { kind: 'rating', scale: 'performance', level: 'good', rank: 0 }
        : { kind: 'rating', scale: 'performance', level: 'very_good', rank: 1 };
  const en = { 好: 'Good', 很好: 'Very good', 更好: 'Better' }[zh];

  return { zh, en, measurable: true, claim };
};

export const stageCell = (zh: MaturityStageZh): Cell => {
  const { stage, en, rank } = MATURITY_STAGES[zh];

  return { zh, en, measurable: true, claim: { kind: 'maturity_stage', stage, rank } };
};

/** Ordinal levels are reference-only: the fleet cannot measure an ecosystem or a curve. */
export const levelCell = <S extends LevelScale>(scale: S, zh: LevelZh<S>): Cell => {
  const entries: Record<string, LevelEntry> = LEVELS[scale];
  const entry = entries[zh];
  if (entry === undefined) throw new Error(`Unknown ${scale} level: ${zh}`);

  return {
    zh,
    en: entry.en,
    measurable: false,
    claim: { kind: 'level', scale, level: entry.level, rank: entry.rank },
  };
};

/** "35%" → 0.35; "300%" → 3. */
export const percentCell = (zh: `${number}%`, measurable: boolean): Cell => {
  const value = Number(zh.slice(0, -1)) / 100;

  return { zh, en: zh, measurable, claim: { kind: 'fraction', value } };
};

/** "$1.5B" → 1.5e9, "$100M" → 1e8. Market sizes are reference-only. */
export const usdCell = (zh: `$${number}${'M' | 'B'}`): Cell => {
  const value = Number(zh.slice(1, -1)) * (zh.endsWith('B') ? 1e9 : 1e6);

  return { zh, en: zh, measurable: false, claim: { kind: 'usd', value } };
};

/** "6个月" → 6 months. */
export const monthsCell = (zh: `${number}个月`): Cell => {
  const months = Number(zh.slice(0, -2));

  return {
    zh,
    en: `${months} months`,
    measurable: false,
    claim: { kind: 'duration', seconds: months * SECONDS_PER_MONTH, months },
  };
};

export const textCell = (zh: string, en: string, measurable = false, claim?: Claim): Cell =>
  claim === undefined ? { zh, en, measurable } : { zh, en, measurable, claim };
