import type { Level, LevelScale, MaturityStage, ResourceLevel, StartupBand } from './claims.ts';

/**
 * The document's ordinal vocabulary, Chinese term → English and claim reading. Keys are the
 * document's own words, so the matrix files can only use terms listed here.
 */

type Band = { band: StartupBand; en: string; minSeconds: number; maxSeconds: number | null };

/** 毫秒级 is [1 ms, 1 s), 秒级 [1 s, 1 min), 分钟级 1 min and more. */
export const STARTUP_BANDS = {
  毫秒级: { band: 'milliseconds', en: 'Milliseconds', minSeconds: 0.001, maxSeconds: 1 },
  秒级: { band: 'seconds', en: 'Seconds', minSeconds: 1, maxSeconds: 60 },
  分钟级: { band: 'minutes', en: 'Minutes', minSeconds: 60, maxSeconds: null },
} as const satisfies Record<string, Band>;
export type StartupBandZh = keyof typeof STARTUP_BANDS;

/**
 * 较大 appears only in the container-vs-wasm table (containers); it means "fairly large",
 * so it ranks between 中等 and 大 of the features matrix.
 */
export const RESOURCE_LEVELS = {
  很小: { level: 'very_small', en: 'Very small', rank: 0 },
  小: { level: 'small', en: 'Small', rank: 1 },
  中等: { level: 'medium', en: 'Medium', rank: 2 },
  较大: { level: 'fairly_large', en: 'Fairly large', rank: 3 },
  大: { level: 'large', en: 'Large', rank: 4 },
} as const satisfies Record<string, { level: ResourceLevel; en: string; rank: number }>;
export type ResourceLevelZh = keyof typeof RESOURCE_LEVELS;

export const MATURITY_STAGES = {
  萌芽: { stage: 'emerging', en: 'Emerging', rank: 0 },
  复苏: { stage: 'recovering', en: 'Recovering', rank: 1 },
  成熟: { stage: 'mature', en: 'Mature', rank: 2 },
} as const satisfies Record<string, { stage: MaturityStage; en: string; rank: number }>;
export type MaturityStageZh = keyof typeof MATURITY_STAGES;

export type LevelEntry = { level: Level; en: string; rank: number };

/**
 * One table per scale: the same word ranks differently on different scales (中等 is the
 * middle of three on ecosystem, of four on outlook). 不确定 (uncertain) ranks lowest on
 * outlook: the document gives it only to the paradigm lowest on every other column.
 */
export const LEVELS = {
  ecosystem: {
    新兴: { level: 'emerging', en: 'Emerging', rank: 0 },
    中等: { level: 'moderate', en: 'Moderate', rank: 1 },
    丰富: { level: 'rich', en: 'Rich', rank: 2 },
  },
  investment_heat: {
    低: { level: 'low', en: 'Low', rank: 0 },
    中: { level: 'medium', en: 'Medium', rank: 1 },
    高: { level: 'high', en: 'High', rank: 2 },
  },
  learning_curve: {
    平缓: { level: 'gentle', en: 'Gentle', rank: 0 },
    中等: { level: 'moderate', en: 'Moderate', rank: 1 },
    陡峭: { level: 'steep', en: 'Steep', rank: 2 },
  },
  debugging: {
    容易: { level: 'easy', en: 'Easy', rank: 0 },
    中等: { level: 'moderate', en: 'Moderate', rank: 1 },
    困难: { level: 'hard', en: 'Hard', rank: 2 },
  },
  outlook: {
    不确定: { level: 'uncertain', en: 'Uncertain', rank: 0 },
    中等: { level: 'moderate', en: 'Moderate', rank: 1 },
    好: { level: 'good', en: 'Good', rank: 2 },
    很好: { level: 'very_good', en: 'Very good', rank: 3 },
  },
  investment_level: {
    低: { level: 'low', en: 'Low', rank: 0 },
    中: { level: 'medium', en: 'Medium', rank: 1 },
    中高: { level: 'medium_high', en: 'Medium-high', rank: 2 },
    高: { level: 'high', en: 'High', rank: 3 },
  },
  priority: {
    low_priority: { level: 'low', en: 'Low priority', rank: 0 },
    medium_priority: { level: 'medium', en: 'Medium priority', rank: 1 },
    high_priority: { level: 'high', en: 'High priority', rank: 2 },
  },
} as const satisfies Record<LevelScale, Record<string, LevelEntry>>;
export type LevelZh<S extends LevelScale> = Extract<keyof (typeof LEVELS)[S], string>;

/** Finds the band a measured startup falls in; undefined below 1 ms or for NaN. */
export const findStartupBand = (seconds: number): StartupBand | undefined =>
  Object.values(STARTUP_BANDS).find(
    ({ minSeconds, maxSeconds }) =>
      seconds >= minSeconds && (maxSeconds === null || seconds < maxSeconds),
  )?.band;
