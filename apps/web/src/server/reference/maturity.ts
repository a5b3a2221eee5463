import type { MaturityStage } from '@fleetlens/schema';

/**
 * The observed maturity stage of a paradigm: a weighted score of how much of the fleet runs
 * it, how reliably, and on how many of its platforms, cut into the document's three stages
 * (萌芽 emerging, 复苏 recovering, 成熟 mature). docs/maturity.md explains every number.
 */

export type MaturityInputs = {
  /** Resources of the paradigm seen in the window. */
  resources: number;
  /** Those resources over all fleet resources seen in the window, 0..1. */
  adoptionShare: number;
  /** errors_total / requests_total over the window; null when too few requests were counted. */
  errorRate: number | null;
  /** Requests counted in the window (requests_total increase). */
  requests: number;
  /** 1 − mean(up) when the paradigm reports `up`, else the share of resources gone silent. */
  unavailability: number;
  availabilitySource: 'up_kpi' | 'last_seen';
  /** Distinct catalog platforms of the paradigm seen in the window. */
  platformsSeen: number;
  /** Platforms the catalog lists for the paradigm. */
  platformsListed: number;
};

export type MaturityParts = { adoption: number; reliability: number; breadth: number };

export type MaturityScore = {
  /** Null below MIN_STAGE_RESOURCES: too little of the paradigm to score. */
  stage: MaturityStage | null;
  score: number | null;
  parts: MaturityParts;
};

export const MATURITY_WEIGHTS: MaturityParts = { adoption: 0.4, reliability: 0.35, breadth: 0.25 };

/** A paradigm running a quarter of the fleet gets the full adoption part. */
export const ADOPTION_SATURATION = 0.25;

/** Requests below this leave the error rate unknown (a handful of requests says nothing). */
export const MIN_REQUESTS_FOR_ERROR_RATE = 100;

/** Error rate at which the error factor of reliability falls to zero. */
export const ERROR_BUDGET = 0.05;

/** Score from which a stage starts; below `recovering` it is emerging. */
export const STAGE_THRESHOLDS = { recovering: 0.5, mature: 0.75 } as const;

export const MIN_STAGE_RESOURCES = 3;

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

export const maturityParts = (inputs: MaturityInputs): MaturityParts => {
  const errorFactor = inputs.errorRate === null ? 1 : 1 - clamp01(inputs.errorRate / ERROR_BUDGET);

  return {
    adoption: clamp01(inputs.adoptionShare / ADOPTION_SATURATION),
    reliability: clamp01(1 - inputs.unavailability) * errorFactor,
    breadth:
      inputs.platformsListed > 0 ? clamp01(inputs.platformsSeen / inputs.platformsListed) : 0,
  };
};

export const stageOfScore = (score: number): MaturityStage =>
  score >= STAGE_THRESHOLDS.mature
    ? 'mature'
    : score >= STAGE_THRESHOLDS.recovering
      ? 'recovering'
      : 'emerging';

export const observeMaturity = (inputs: MaturityInputs): MaturityScore => {
  const parts = maturityParts(inputs);
  if (inputs.resources < MIN_STAGE_RESOURCES) return { stage: null, score: null, parts };
  const score =
    MATURITY_WEIGHTS.adoption * parts.adoption +
    MATURITY_WEIGHTS.reliability * parts.reliability +
    MATURITY_WEIGHTS.breadth * parts.breadth;

  return { stage: stageOfScore(score), score, parts };
};
