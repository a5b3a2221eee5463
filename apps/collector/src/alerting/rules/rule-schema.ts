import { z } from 'zod';

import { ALERT_OPERATORS, ALERT_REDUCERS, ZKpiName } from '@fleetlens/schema';
import type { AlertOperator, AlertReducer } from '@fleetlens/schema';

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const ZLabelName = z.string().regex(LABEL_NAME, 'must be a label name ([a-zA-Z_][a-zA-Z0-9_]*)');
const ZSeconds = z.number().int().nonnegative();
const ZPositiveSeconds = z.number().int().positive();
const ZSeverity = z.enum(['info', 'warning', 'critical']).default('warning');

/** Equality on a resource field (platform, node, workload, …) or a series label. */
export const ZMatcher = z.object({ name: ZLabelName, value: z.string() }).strict();
export type Matcher = z.infer<typeof ZMatcher>;

export const OPERATORS = ALERT_OPERATORS;
export type Operator = AlertOperator;

export const REDUCERS = ALERT_REDUCERS;
export type Reducer = AlertReducer;

export const ZThresholdParams = z
  .object({
    agg: z.enum(REDUCERS).default('avg'),
    by: ZLabelName.optional(),
    /** Keeps a firing alert firing this long after the condition clears (no flapping). */
    keepFiringForSeconds: ZSeconds.default(0),
    severity: ZSeverity,
  })
  .strict();

export const ZAbsenceParams = z
  .object({
    by: ZLabelName.optional(),
    /** A group silent for longer than this is forgotten (a decommissioned node). */
    forgetAfterSeconds: ZPositiveSeconds.default(7 * 86_400),
    severity: ZSeverity,
  })
  .strict();

/** The cold-start regression detector's thresholds; docs/alerting.md explains each. */
export const ZColdStartParams = z
  .object({
    quantile: z.number().min(0.5).max(0.999).default(0.95),
    minSamples: z.number().int().min(5).default(20),
    maxPerMinute: z.number().int().positive().default(10),
    targetSamples: z.number().int().min(5).default(60),
    maxWindowSeconds: ZPositiveSeconds.default(3 * 3600),
    minBaselineSamples: z.number().int().min(5).default(40),
    minIncrease: z.number().positive().default(0.15),
    alpha: z.number().positive().max(0.5).default(0.0001),
    resolveIncrease: z.number().nonnegative().default(0.05),
    resolveAlpha: z.number().positive().max(1).default(0.05),
    resolveForSeconds: ZSeconds.default(900),
    baselineSpanSeconds: ZPositiveSeconds.default(3 * 3600),
    seasonalOffsetsSeconds: z
      .array(ZPositiveSeconds)
      .max(4)
      .default([86_400, 7 * 86_400]),
    fallbackBaselineSeconds: ZPositiveSeconds.default(6 * 3600),
    byWorkload: z.boolean().default(true),
    severity: ZSeverity,
  })
  .strict()
  .refine((params) => params.resolveIncrease < params.minIncrease, {
    message: 'resolveIncrease must be below minIncrease',
    path: ['resolveIncrease'],
  });

export type ThresholdParams = z.infer<typeof ZThresholdParams>;
export type AbsenceParams = z.infer<typeof ZAbsenceParams>;
export type ColdStartParams = z.infer<typeof ZColdStartParams>;

/** Fields the detector can match on: those a cold-start row carries. */
const COLD_START_FIELDS = ['platform', 'paradigm', 'tenant', 'cluster', 'namespace', 'workload'];

const common = {
  name: z.string().trim().min(1).max(200),
  matchers: z.array(ZMatcher).max(20).default([]),
  enabled: z.boolean().default(true),
};

const ZThresholdRule = z
  .object({
    ...common,
    kind: z.literal('threshold'),
    kpi: ZKpiName,
    operator: z.enum(OPERATORS),
    threshold: z.number().refine(Number.isFinite, 'must be finite'),
    windowSeconds: ZPositiveSeconds.default(300),
    forSeconds: ZSeconds.default(0),
    params: ZThresholdParams.default(ZThresholdParams.parse({})),
  })
  .strict();

const ZAbsenceRule = z
  .object({
    ...common,
    kind: z.literal('absence'),
    kpi: ZKpiName,
    windowSeconds: ZPositiveSeconds.default(300),
    forSeconds: ZSeconds.default(0),
    params: ZAbsenceParams.default(ZAbsenceParams.parse({})),
  })
  .strict();

const ZColdStartRule = z
  .object({
    ...common,
    kind: z.literal('cold_start_regression'),
    kpi: z.literal('startup_seconds').default('startup_seconds'),
    matchers: common.matchers.refine(
      (matchers) => matchers.every((matcher) => COLD_START_FIELDS.includes(matcher.name)),
      `cold-start matchers may name ${COLD_START_FIELDS.join(', ')}`,
    ),
    windowSeconds: ZPositiveSeconds.default(3600),
    forSeconds: ZSeconds.default(600),
    params: ZColdStartParams.default(ZColdStartParams.parse({})),
  })
  .strict();

/** A rule as POST and PUT /api/v1/rules accept it. */
export const ZRuleInput = z.discriminatedUnion('kind', [
  ZThresholdRule,
  ZAbsenceRule,
  ZColdStartRule,
]);
export type RuleInput = z.infer<typeof ZRuleInput>;
export type RuleKind = RuleInput['kind'];

/** A stored rule, its params completed with their defaults. */
export type AlertRule = RuleInput & {
  id: number;
  builtin: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export const BUILTIN_COLD_START_RULE: RuleInput = ZRuleInput.parse({
  name: 'ColdStartRegression',
  kind: 'cold_start_regression',
});

/** "params.minIncrease: Too small: …" lines, for a 400 that names every problem. */
export const describeIssues = (error: z.ZodError): string =>
  error.issues
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
