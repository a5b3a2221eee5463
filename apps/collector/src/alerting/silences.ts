import { z } from 'zod';

import type { DbSilence, PrismaClient } from '@fleetlens/db';

const ZIsoTime = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

/** Alertmanager's matcher shape: equality by default, `isRegex` for a fully anchored RE2-like match. */
export const ZSilenceMatcher = z
  .object({
    name: z.string().min(1),
    value: z.string(),
    isRegex: z.boolean().default(false),
    isEqual: z.boolean().default(true),
  })
  .strict()
  .refine(
    (matcher) => {
      if (!matcher.isRegex) return true;
      try {
        new RegExp(`^(?:${matcher.value})$`);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'value is not a valid regular expression', path: ['value'] },
  );
export type SilenceMatcher = z.infer<typeof ZSilenceMatcher>;

export const ZSilenceInput = z
  .object({
    matchers: z.array(ZSilenceMatcher).min(1).max(20),
    startsAt: ZIsoTime.optional(),
    endsAt: ZIsoTime,
    comment: z.string().max(2000).default(''),
    createdBy: z.string().max(200).default(''),
  })
  .strict();
export type SilenceInput = z.infer<typeof ZSilenceInput>;

export type Silence = {
  id: number;
  matchers: SilenceMatcher[];
  startsAt: Date;
  endsAt: Date;
  comment: string;
  createdBy: string;
};

const toSilence = (row: DbSilence): Silence => ({
  id: row.id,
  matchers: z.array(ZSilenceMatcher).parse(JSON.parse(row.matchers)),
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  comment: row.comment,
  createdBy: row.createdBy,
});

const matchesOne = (matcher: SilenceMatcher, labels: Record<string, string>): boolean => {
  const value = labels[matcher.name] ?? '';
  const isMatch = matcher.isRegex
    ? new RegExp(`^(?:${matcher.value})$`).test(value)
    : value === matcher.value;

  return isMatch === matcher.isEqual;
};

/** Every matcher must match, as in Alertmanager. */
export const silences = (silence: Silence, labels: Record<string, string>): boolean =>
  silence.matchers.every((matcher) => matchesOne(matcher, labels));

export const isActiveAt = (silence: Silence, atMs: number): boolean =>
  silence.startsAt.getTime() <= atMs && atMs < silence.endsAt.getTime();

export const createSilenceStore = (prisma: PrismaClient) => ({
  list: async (): Promise<Silence[]> =>
    (await prisma.silence.findMany({ orderBy: { id: 'asc' } })).map(toSilence),
  /** Silences in force at atMs (newest end first). */
  activeAt: async (atMs: number): Promise<Silence[]> =>
    (
      await prisma.silence.findMany({
        where: { startsAt: { lte: new Date(atMs) }, endsAt: { gt: new Date(atMs) } },
        orderBy: { endsAt: 'desc' },
      })
    ).map(toSilence),
  create: async (input: SilenceInput, nowMs: number): Promise<Silence> =>
    toSilence(
      await prisma.silence.create({
        data: {
          matchers: JSON.stringify(input.matchers),
          startsAt: input.startsAt ?? new Date(nowMs),
          endsAt: input.endsAt,
          comment: input.comment,
          createdBy: input.createdBy,
        },
      }),
    ),
  remove: async (id: number): Promise<boolean> =>
    (await prisma.silence.deleteMany({ where: { id } })).count > 0,
});

export type SilenceStore = ReturnType<typeof createSilenceStore>;
