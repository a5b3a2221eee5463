import type { KpiSample, Resource } from '@fleetlens/schema';
import { findPlatform } from '@fleetlens/schema';

import type { IngestPipeline } from '../ingest/pipeline.ts';
import type { Logger } from '../logger.ts';
import { normalizePrometheusWithinLimits } from '../ingest/raw-limits.ts';
import type { NormalizedBatch } from '../normalize/types.ts';
import type { ScrapeTarget } from './config.ts';
import { scrapeTarget } from './scrape-target.ts';
import { createStaleTracker } from './stale-tracker.ts';

export type TargetHealth = {
  job: string;
  instance: string;
  url: string;
  health: 'unknown' | 'up' | 'down';
  lastScrapeNs?: bigint;
  lastError?: string;
  lastDurationSeconds?: number;
};

const FALLBACK_PLATFORM = 'kubernetes';

const createUpResource = (target: ScrapeTarget, tenant: string, seen?: Resource): Resource => {
  if (seen) return seen;
  const platform = findPlatform(target.platformHint ?? FALLBACK_PLATFORM);

  return {
    tenant,
    paradigm: platform?.paradigms[0] ?? 'container',
    platform: platform?.id ?? FALLBACK_PLATFORM,
    instance: target.instance,
    attributes: {},
  };
};

const emptyBatch = (): NormalizedBatch => ({
  samples: [],
  histograms: [],
  summaries: [],
  events: [],
  unmapped: [],
  rejected: [],
});

/**
 * One loop per target at its interval. A failed scrape is an empty scrape: `up` = 0 and stale
 * markers for every series the target had, as Prometheus does.
 */
export const startScrapeManager = ({
  targets,
  pipeline,
  logger,
  tenant,
  maxBodyBytes,
  now,
}: {
  targets: ScrapeTarget[];
  pipeline: IngestPipeline;
  logger: Logger;
  tenant: string;
  maxBodyBytes: number;
  now: () => bigint;
}) => {
  const health = new Map<string, TargetHealth>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  const inFlight = new Set<Promise<void>>();

  const runTarget = (target: ScrapeTarget) => {
    const state: TargetHealth = {
      job: target.job,
      instance: target.instance,
      url: target.url,
      health: 'unknown',
    };
    health.set(`${target.job}/${target.url}`, state);
    const stale = createStaleTracker();
    let knownResource: Resource | undefined;

    const scrapeOnce = async (): Promise<void> => {
      const startedNs = now();
      const outcome = await scrapeTarget(target, {
        maxBodyBytes,
        nowMs: Number(startedNs / 1_000_000n),
      });
      const batch = outcome.ok
        ? normalizePrometheusWithinLimits(outcome.parsed, {
            tenant,
            source: 'scrape',
            job: target.job,
            instance: target.instance,
            platformHint: target.platformHint,
            receivedAtNs: startedNs,
          })
        : emptyBatch();
      knownResource = batch.samples[0]?.resource ?? knownResource;
      const up: KpiSample = {
        kpi: 'up',
        resource: createUpResource(target, tenant, knownResource),
        labels: { job: target.job },
        timestampNs: startedNs,
        value: outcome.ok ? 1 : 0,
      };
      batch.samples.push(...stale.markVanished(batch.samples, startedNs), up);
      Object.assign(state, {
        health: outcome.ok ? 'up' : 'down',
        lastScrapeNs: startedNs,
        lastError: outcome.ok ? undefined : outcome.error,
        lastDurationSeconds: outcome.durationSeconds,
      });
      try {
        await pipeline.submit(batch, 'scrape');
      } catch (error) {
        logger.warn('scrape result not stored', { url: target.url, error: String(error) });
      }
    };

    const tick = (): void => {
      if (stopped) return;
      const run = scrapeOnce().finally(() => inFlight.delete(run));
      inFlight.add(run);
      const timer = setTimeout(() => {
        timers.delete(timer);
        tick();
      }, target.intervalMs);
      timers.add(timer);
    };
    tick();
  };

  for (const target of targets) runTarget(target);

  return {
    targets: (): TargetHealth[] => [...health.values()],
    stop: async (): Promise<void> => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
};
