import type { PrismaClient } from '@fleetlens/db';

import { readId, readJson } from '../alerting/api/read-json.ts';
import { alertToJson, ruleToJson, silenceToJson } from '../alerting/api/serialize.ts';
import { ZRuleInput } from '../alerting/rules/rule-schema.ts';
import type { RuleStore } from '../alerting/rules/rule-store.ts';
import { silences, ZSilenceInput } from '../alerting/silences.ts';
import type { SilenceStore } from '../alerting/silences.ts';
import { HttpError } from '../server/http-error.ts';
import { sendJson } from '../server/respond.ts';
import type { Route } from '../server/router.ts';
import { parseTimeNs } from './time-params.ts';

const ALERT_STATES = ['active', 'pending', 'firing', 'resolved', 'all'] as const;
const DEFAULT_ALERT_LIMIT = 500;
const MAX_ALERT_LIMIT = 5000;

const readLimit = (url: URL): number => {
  const text = url.searchParams.get('limit');
  const limit = text === null ? DEFAULT_ALERT_LIMIT : Number(text);
  if (!Number.isSafeInteger(limit) || limit <= 0 || limit > MAX_ALERT_LIMIT) {
    throw new HttpError(400, `limit must be an integer from 1 to ${MAX_ALERT_LIMIT}`);
  }

  return limit;
};

/**
 * Alerts, rules and silences on the read API (docs/api.md). Rule and silence changes take
 * effect at the next evaluation.
 */
export const createAlertRoutes = ({
  prisma,
  rules,
  silenceStore,
  now,
}: {
  prisma: PrismaClient;
  rules: RuleStore;
  silenceStore: SilenceStore;
  now: () => bigint;
}): Route[] => [
  {
    method: 'GET',
    path: '/api/v1/alerts',
    handler: async ({ response, url }) => {
      const nowNs = now();
      const state = url.searchParams.get('state') ?? 'active+recent';
      if (state !== 'active+recent' && !(ALERT_STATES as readonly string[]).includes(state)) {
        throw new HttpError(400, `state must be one of ${ALERT_STATES.join(', ')}`);
      }
      const sinceNs = parseTimeNs(url.searchParams.get('since') ?? 'now-24h', 'since', nowNs);
      const ruleText = url.searchParams.get('rule');
      const idText = url.searchParams.get('id');
      const where = {
        ...(ruleText === null ? {} : { ruleId: readId(ruleText) }),
        ...(idText === null ? {} : { id: readId(idText) }),
        ...(state === 'active+recent'
          ? { OR: [{ state: { in: ['pending', 'firing'] } }, { resolvedAtNs: { gte: sinceNs } }] }
          : state === 'active'
            ? { state: { in: ['pending', 'firing'] } }
            : state === 'resolved'
              ? { state, resolvedAtNs: { gte: sinceNs } }
              : state === 'all'
                ? {}
                : { state }),
      };
      const [rows, active] = await Promise.all([
        prisma.alertState.findMany({
          where,
          include: {
            rule: { select: { name: true, kind: true } },
            notifications: { orderBy: { id: 'asc' } },
          },
          orderBy: [{ activeSinceNs: 'desc' }, { id: 'desc' }],
          take: readLimit(url),
        }),
        silenceStore.activeAt(Number(nowNs / 1_000_000n)),
      ]);
      sendJson(response, 200, {
        alerts: rows.map((row) => {
          const labels = JSON.parse(row.labels) as Record<string, string>;
          const silencedBy =
            row.state === 'resolved'
              ? []
              : active.filter((silence) => silences(silence, labels)).map((silence) => silence.id);

          return alertToJson(row, silencedBy);
        }),
      });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/rules',
    handler: async ({ response }) => {
      sendJson(response, 200, { rules: (await rules.list()).map(ruleToJson) });
    },
  },
  {
    method: 'POST',
    path: '/api/v1/rules',
    handler: async ({ request, response }) => {
      const input = await readJson(request, ZRuleInput);
      sendJson(response, 201, { rule: ruleToJson(await rules.create(input)) });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/rules/:id',
    handler: async ({ response, id }) => {
      const rule = await rules.get(readId(id));
      if (rule === undefined) throw new HttpError(404, `no rule ${id}`);
      sendJson(response, 200, { rule: ruleToJson(rule) });
    },
  },
  {
    method: 'PUT',
    path: '/api/v1/rules/:id',
    handler: async ({ request, response, id }) => {
      const ruleId = readId(id);
      const input = await readJson(request, ZRuleInput);
      const rule = await rules.replace(ruleId, input);
      if (rule === undefined) throw new HttpError(404, `no rule ${id}`);
      sendJson(response, 200, { rule: ruleToJson(rule) });
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/rules/:id',
    handler: async ({ response, id }) => {
      const outcome = await rules.remove(readId(id));
      if (outcome === 'missing') throw new HttpError(404, `no rule ${id}`);
      if (outcome === 'builtin') {
        throw new HttpError(409, 'the built-in detector cannot be deleted; PUT enabled: false');
      }
      response.writeHead(204).end();
    },
  },
  {
    method: 'GET',
    path: '/api/v1/silences',
    handler: async ({ response }) => {
      const nowMs = Number(now() / 1_000_000n);
      sendJson(response, 200, {
        silences: (await silenceStore.list()).map((silence) => silenceToJson(silence, nowMs)),
      });
    },
  },
  {
    method: 'POST',
    path: '/api/v1/silences',
    handler: async ({ request, response }) => {
      const input = await readJson(request, ZSilenceInput);
      const nowMs = Number(now() / 1_000_000n);
      if (input.endsAt.getTime() <= (input.startsAt?.getTime() ?? nowMs)) {
        throw new HttpError(400, 'endsAt must be after startsAt');
      }
      const silence = await silenceStore.create(input, nowMs);
      sendJson(response, 201, { silence: silenceToJson(silence, nowMs) });
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/silences/:id',
    handler: async ({ response, id }) => {
      if (!(await silenceStore.remove(readId(id)))) throw new HttpError(404, `no silence ${id}`);
      response.writeHead(204).end();
    },
  },
];
