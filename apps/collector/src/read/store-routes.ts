import type Database from 'better-sqlite3';

import { AGGS, QueryError, listEvents, listResources, listSeries, queryRange } from '@fleetlens/db';
import type { Agg } from '@fleetlens/db';

import type { TargetHealth } from '../scrape/scrape-manager.ts';
import { HttpError } from '../server/http-error.ts';
import { sendJson } from '../server/respond.ts';
import type { Route } from '../server/router.ts';
import { autoStepNs, nsToMs, parseDurationNs, parseTimeNs, toJsonValue } from './time-params.ts';

/** Query parameters with a meaning of their own; every other one is a label matcher. */
const RESERVED = new Set([
  'kpi',
  'from',
  'to',
  'step',
  'agg',
  'by',
  'limit',
  'paradigm',
  'platform',
  'tenant',
  'type',
]);

const readFilters = (url: URL) => {
  const matchers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of url.searchParams) {
    if (!RESERVED.has(name)) matchers[name] = value;
  }

  return {
    paradigm: url.searchParams.get('paradigm') ?? undefined,
    platform: url.searchParams.get('platform') ?? undefined,
    tenant: url.searchParams.get('tenant') ?? undefined,
    matchers,
  };
};

const readLimit = (url: URL): number | undefined => {
  const text = url.searchParams.get('limit');
  if (text === null) return undefined;
  const limit = Number(text);
  if (!Number.isSafeInteger(limit) || limit <= 0) {
    throw new HttpError(400, `limit must be a positive integer, got "${text}"`);
  }

  return limit;
};

const requireParam = (url: URL, name: string): string => {
  const value = url.searchParams.get(name);
  if (!value) throw new HttpError(400, `missing query parameter "${name}"`);

  return value;
};

const isAgg = (value: string): value is Agg => (AGGS as readonly string[]).includes(value);

/** Caller mistakes found by the query engine become 400s that name the problem. */
const asClientError = <T>(run: () => T): T => {
  try {
    return run();
  } catch (error) {
    if (error instanceof QueryError) throw new HttpError(400, error.message);
    throw error;
  }
};

/** The JSON read API over the store (docs/api.md). */
export const createStoreRoutes = ({
  sqlite,
  targets,
  now,
}: {
  sqlite: Database.Database;
  targets: () => TargetHealth[];
  now: () => bigint;
}): Route[] => [
  {
    method: 'GET',
    path: '/api/v1/series',
    handler: ({ response, url }) => {
      const series = asClientError(() =>
        listSeries(sqlite, {
          ...readFilters(url),
          kpi: url.searchParams.get('kpi') ?? undefined,
          limit: readLimit(url),
        }),
      );
      sendJson(response, 200, {
        series: series.map((entry) => ({
          ...entry,
          latest: entry.latest && {
            timestampMs: nsToMs(entry.latest.tsNs),
            value: toJsonValue(entry.latest.value),
            stale: entry.latest.stale,
          },
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/query',
    handler: ({ response, url }) => {
      const nowNs = now();
      const kpi = requireParam(url, 'kpi');
      const agg = url.searchParams.get('agg') ?? 'avg';
      if (!isAgg(agg)) throw new HttpError(400, `agg must be one of ${AGGS.join(', ')}`);
      const toNs = parseTimeNs(url.searchParams.get('to') ?? 'now', 'to', nowNs);
      const fromNs = parseTimeNs(url.searchParams.get('from') ?? 'now-1h', 'from', nowNs);
      if (fromNs >= toNs) throw new HttpError(400, 'from must be before to');
      const stepText = url.searchParams.get('step');
      const stepNs = stepText ? parseDurationNs(stepText, 'step') : autoStepNs(fromNs, toNs);
      const result = asClientError(() =>
        queryRange(sqlite, {
          kpi,
          fromNs,
          toNs,
          stepNs,
          agg,
          by: url.searchParams.get('by') ?? undefined,
          filters: readFilters(url),
          nowNs,
        }),
      );
      sendJson(response, 200, {
        kpi,
        agg,
        stepMs: nsToMs(stepNs),
        resolution: result.resolution,
        source: result.source,
        series: result.series.map((entry) => ({
          group: entry.group,
          points: entry.points.map(([ts, value]) => [nsToMs(ts), toJsonValue(value)]),
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/resources',
    handler: ({ response, url }) => {
      const { matchers, ...filters } = readFilters(url);
      const resources = asClientError(() =>
        listResources(sqlite, { ...filters, matchers, limit: readLimit(url) }),
      );
      sendJson(response, 200, {
        resources: resources.map((resource) => ({
          ...resource,
          firstSeenMs: nsToMs(resource.firstSeenNs),
          lastSeenMs: nsToMs(resource.lastSeenNs),
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/events',
    handler: ({ response, url }) => {
      const nowNs = now();
      const type = requireParam(url, 'type');
      const events = asClientError(() =>
        listEvents(sqlite, {
          type,
          platform: url.searchParams.get('platform') ?? undefined,
          fromNs: parseTimeNs(url.searchParams.get('from') ?? 'now-1h', 'from', nowNs),
          toNs: parseTimeNs(url.searchParams.get('to') ?? 'now', 'to', nowNs),
          limit: readLimit(url),
        }),
      );
      sendJson(response, 200, { events });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/unmapped',
    handler: ({ response }) => {
      const rows = sqlite
        .prepare<[], { source: string; family: string; count: number; lastSeenNs: bigint }>(
          'SELECT source, family, count, last_seen_ns AS lastSeenNs FROM unmapped_count ' +
            'ORDER BY count DESC, source, family',
        )
        .safeIntegers(false)
        .all();
      sendJson(response, 200, {
        unmapped: rows.map((row) => ({
          source: row.source,
          family: row.family,
          count: row.count,
          lastSeenMs: Math.floor(Number(row.lastSeenNs) / 1e6),
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/targets',
    handler: ({ response }) => {
      sendJson(response, 200, {
        targets: targets().map((target) => ({
          ...target,
          lastScrapeMs: target.lastScrapeNs === undefined ? undefined : nsToMs(target.lastScrapeNs),
          lastScrapeNs: undefined,
        })),
      });
    },
  },
];
