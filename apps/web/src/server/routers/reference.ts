import { listReferenceCells, PARADIGM_IDS } from '@fleetlens/schema';
import { z } from 'zod';

import { compareCells, observedMaturity } from '../reference/evaluate.ts';
import type { ComparedCell, ObservedMaturity } from '../reference/evaluate.ts';
import {
  ADOPTION_SATURATION,
  ERROR_BUDGET,
  MATURITY_WEIGHTS,
  MIN_REQUESTS_FOR_ERROR_RATE,
  MIN_STAGE_RESOURCES,
  STAGE_THRESHOLDS,
} from '../reference/maturity.ts';
import { observeFleet } from '../reference/measure.ts';
import { emptyObservation } from '../reference/observation.ts';
import { ADOPTION_TOLERANCE, MIN_SAMPLES } from '../reference/verdict.ts';
import { ZRange } from '../range.ts';
import { publicProcedure, router } from '../trpc.ts';

/** The numbers behind every verdict and stage, so the view can show them beside the results. */
export const REFERENCE_RULES = {
  minSamples: MIN_SAMPLES,
  adoptionTolerance: ADOPTION_TOLERANCE,
  maturity: {
    weights: MATURITY_WEIGHTS,
    adoptionSaturation: ADOPTION_SATURATION,
    errorBudget: ERROR_BUDGET,
    minRequestsForErrorRate: MIN_REQUESTS_FOR_ERROR_RATE,
    minResources: MIN_STAGE_RESOURCES,
    thresholds: STAGE_THRESHOLDS,
  },
} as const;

export type ReferenceComparison = {
  window: { fromMs: number; toMs: number };
  fleetResources: number;
  /** Every cell of every matrix, in document order. */
  cells: ComparedCell[];
  /** Observed stage and its inputs for every paradigm, the baseline included. */
  maturity: ObservedMaturity[];
  rules: typeof REFERENCE_RULES;
};

export const referenceRouter = router({
  /** The document's matrices cell by cell, each measurable claim held against the window. */
  compare: publicProcedure
    .input(z.object({ range: ZRange }))
    .query(({ ctx, input }): ReferenceComparison => {
      const { fromMs, toMs } = input.range;
      const fleet =
        ctx.db === undefined ? emptyObservation(fromMs, toMs) : observeFleet(ctx.db, input.range);

      return {
        window: { fromMs, toMs },
        fleetResources: fleet.fleetResources,
        cells: compareCells(listReferenceCells(), fleet),
        maturity: PARADIGM_IDS.map((paradigm) => observedMaturity(fleet, paradigm)),
        rules: REFERENCE_RULES,
      };
    }),
});
