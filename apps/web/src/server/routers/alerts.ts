import { ALERT_OPERATORS, ALERT_REDUCERS } from '@fleetlens/schema';
import { z } from 'zod';

import { callCollector } from '../collector-api.ts';
import { ZRange } from '../range.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Alerts as the collector's GET /api/v1/alerts serves them (docs/api.md). */
export type Alert = {
  id: number;
  ruleId: number;
  ruleName: string;
  kind: string;
  state: 'pending' | 'firing' | 'resolved';
  labels: Record<string, string>;
  value: number | null;
  activeSinceMs: number | null;
  firedAtMs: number | null;
  resolvedAtMs: number | null;
  silenced: boolean;
  evidence?: unknown;
  notifications: { receiver: string; event: string; status: string; attempts: number }[];
};

export type Rule = {
  id: number;
  name: string;
  kind: string;
  kpi: string;
  operator?: string;
  threshold?: number;
  windowSeconds: number;
  forSeconds: number;
  enabled: boolean;
  builtin: boolean;
  matchers: { name: string; value: string }[];
  params: Record<string, unknown>;
};

export type Silence = {
  id: number;
  matchers: { name: string; value: string }[];
  startsAt: string;
  endsAt: string;
  comment: string;
  status: string;
};

const ZMatcher = z.object({
  name: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'must be a label name'),
  value: z.string().max(256),
});

/** The rules users create from the dashboard: threshold and absence on any KPI. */
const ZNewRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('threshold'),
    name: z.string().trim().min(1).max(200),
    kpi: z.string().min(1),
    operator: z.enum(ALERT_OPERATORS),
    threshold: z.number().finite(),
    agg: z.enum(ALERT_REDUCERS),
    by: z.string().min(1).max(64).optional(),
    windowSeconds: z.number().int().positive(),
    forSeconds: z.number().int().nonnegative(),
    matchers: z.array(ZMatcher).max(20),
  }),
  z.object({
    kind: z.literal('absence'),
    name: z.string().trim().min(1).max(200),
    kpi: z.string().min(1),
    by: z.string().min(1).max(64).optional(),
    windowSeconds: z.number().int().positive(),
    forSeconds: z.number().int().nonnegative(),
    matchers: z.array(ZMatcher).max(20),
  }),
]);

const toRuleInput = (rule: z.infer<typeof ZNewRule>) =>
  rule.kind === 'threshold'
    ? {
        kind: rule.kind,
        name: rule.name,
        kpi: rule.kpi,
        operator: rule.operator,
        threshold: rule.threshold,
        windowSeconds: rule.windowSeconds,
        forSeconds: rule.forSeconds,
        matchers: rule.matchers,
        params: { agg: rule.agg, ...(rule.by === undefined ? {} : { by: rule.by }) },
      }
    : {
        kind: rule.kind,
        name: rule.name,
        kpi: rule.kpi,
        windowSeconds: rule.windowSeconds,
        forSeconds: rule.forSeconds,
        matchers: rule.matchers,
        params: rule.by === undefined ? {} : { by: rule.by },
      };

export const alertsRouter = router({
  /** Pending and firing alerts, and those resolved inside the window. */
  list: publicProcedure.input(z.object({ range: ZRange })).query(async ({ ctx, input }) => {
    const since = new Date(input.range.fromMs).toISOString();
    const answer = await callCollector<{ alerts: Alert[] }>(
      ctx.collectorUrl,
      'GET',
      `/api/v1/alerts?state=active%2Brecent&since=${encodeURIComponent(since)}`,
    );
    return answer.alerts;
  }),
  rules: publicProcedure.query(async ({ ctx }) => {
    const answer = await callCollector<{ rules: Rule[] }>(ctx.collectorUrl, 'GET', '/api/v1/rules');
    return answer.rules;
  }),
  createRule: publicProcedure.input(ZNewRule).mutation(async ({ ctx, input }) => {
    const answer = await callCollector<{ rule: Rule }>(
      ctx.collectorUrl,
      'POST',
      '/api/v1/rules',
      toRuleInput(input),
    );
    return answer.rule;
  }),
  deleteRule: publicProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .mutation(async ({ ctx, input }) => {
      await callCollector(ctx.collectorUrl, 'DELETE', `/api/v1/rules/${input.id}`);
      return { deleted: input.id };
    }),
  silences: publicProcedure.query(async ({ ctx }) => {
    const answer = await callCollector<{ silences: Silence[] }>(
      ctx.collectorUrl,
      'GET',
      '/api/v1/silences',
    );
    return answer.silences;
  }),
  /** Silences every alert whose labels equal these, for a number of hours. */
  silence: publicProcedure
    .input(
      z.object({
        labels: z.record(z.string(), z.string()),
        hours: z
          .number()
          .positive()
          .max(24 * 30),
        comment: z.string().max(2000).default(''),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const matchers = Object.entries(input.labels).map(([name, value]) => ({ name, value }));
      const answer = await callCollector<{ silence: Silence }>(
        ctx.collectorUrl,
        'POST',
        '/api/v1/silences',
        {
          matchers,
          endsAt: new Date(Date.now() + input.hours * 3_600_000).toISOString(),
          comment: input.comment,
          createdBy: 'dashboard',
        },
      );
      return answer.silence;
    }),
});
