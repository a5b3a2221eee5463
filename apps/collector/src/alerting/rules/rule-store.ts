import type { DbAlertRule, PrismaClient } from '@fleetlens/db';

import { BUILTIN_COLD_START_RULE, ZRuleInput } from './rule-schema.ts';
import type { AlertRule, RuleInput } from './rule-schema.ts';

/** A stored row back to a validated rule; rows written by hand that no longer parse are skipped. */
const toRule = (row: DbAlertRule): AlertRule | undefined => {
  const parsed = ZRuleInput.safeParse({
    name: row.name,
    kind: row.kind,
    kpi: row.kpi,
    matchers: JSON.parse(row.matchers) as unknown,
    ...(row.operator === null ? {} : { operator: row.operator }),
    ...(row.threshold === null ? {} : { threshold: row.threshold }),
    windowSeconds: row.windowSeconds,
    forSeconds: row.forSeconds,
    params: JSON.parse(row.params) as unknown,
    enabled: row.enabled,
  });
  if (!parsed.success) return undefined;

  return {
    ...parsed.data,
    id: row.id,
    builtin: row.builtin,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
};

const toColumns = (input: RuleInput) => ({
  name: input.name,
  kind: input.kind,
  kpi: input.kpi,
  matchers: JSON.stringify(input.matchers),
  operator: input.kind === 'threshold' ? input.operator : null,
  threshold: input.kind === 'threshold' ? input.threshold : null,
  windowSeconds: input.windowSeconds,
  forSeconds: input.forSeconds,
  params: JSON.stringify(input.params),
  enabled: input.enabled,
});

/** Alert rules in the alert_rule table, through Prisma (never on the ingest path). */
export const createRuleStore = (prisma: PrismaClient) => {
  const list = async (): Promise<AlertRule[]> => {
    const rows = await prisma.alertRule.findMany({ orderBy: { id: 'asc' } });

    return rows.flatMap((row) => toRule(row) ?? []);
  };

  const get = async (id: number): Promise<AlertRule | undefined> => {
    const row = await prisma.alertRule.findUnique({ where: { id } });

    return row === null ? undefined : toRule(row);
  };

  return {
    list,
    get,
    create: async (input: RuleInput): Promise<AlertRule> => {
      const row = await prisma.alertRule.create({ data: toColumns(input) });

      return toRule(row) as AlertRule;
    },
    /** Replaces every field; undefined when no rule has this id. */
    replace: async (id: number, input: RuleInput): Promise<AlertRule | undefined> => {
      const { count } = await prisma.alertRule.updateMany({
        where: { id },
        data: toColumns(input),
      });

      return count === 0 ? undefined : get(id);
    },
    /** The built-in detector is disabled, not deleted: it would come back on the next start. */
    remove: async (id: number): Promise<'deleted' | 'missing' | 'builtin'> => {
      const row = await prisma.alertRule.findUnique({ where: { id }, select: { builtin: true } });
      if (row === null) return 'missing';
      if (row.builtin) return 'builtin';
      await prisma.alertRule.delete({ where: { id } });

      return 'deleted';
    },
    /** Creates the zero-configuration cold-start detector once per store. */
    ensureBuiltin: async (): Promise<void> => {
      const existing = await prisma.alertRule.findFirst({ where: { builtin: true } });
      if (existing !== null) return;
      await prisma.alertRule.create({
        data: { ...toColumns(BUILTIN_COLD_START_RULE), builtin: true },
      });
    },
  };
};

export type RuleStore = ReturnType<typeof createRuleStore>;
