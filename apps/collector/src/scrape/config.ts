import { readFile } from 'node:fs/promises';

import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The subset of Prometheus `scrape_configs` the collector understands, with Prometheus's own
 * defaults (1m interval, 10s timeout, /metrics, http, honor_labels false).
 * @see https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config
 */
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export const parseDurationMs = (text: string): number => {
  const match = DURATION.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new Error(`invalid duration "${text}"`);

  return Number(match[1]) * (UNIT_MS[match[2]] ?? 1);
};

const ZDuration = z.string().transform((text, context) => {
  try {
    return parseDurationMs(text);
  } catch (error) {
    context.addIssue({ code: 'custom', message: String(error) });
    return z.NEVER;
  }
});

const ZStaticConfig = z.object({
  targets: z.array(z.string().min(1)).describe('host:port of each target'),
  labels: z.record(z.string(), z.string()).default({}).describe('Added to every sample'),
});

const ZScrapeConfig = z.object({
  job_name: z.string().min(1),
  scrape_interval: ZDuration.optional(),
  scrape_timeout: ZDuration.optional(),
  metrics_path: z.string().default('/metrics'),
  scheme: z.enum(['http', 'https']).default('http'),
  honor_labels: z.boolean().default(false),
  sample_limit: z.number().int().nonnegative().default(0),
  body_size_limit: z.number().int().nonnegative().default(0),
  fallback_scrape_protocol: z.enum(['PrometheusText0.0.4', 'OpenMetricsText1.0.0']).optional(),
  platform: z.string().optional().describe('Fleetlens extension: platform hint for the job'),
  static_configs: z.array(ZStaticConfig).default([]),
});

const ZScrapeFile = z.object({
  global: z
    .object({ scrape_interval: ZDuration.optional(), scrape_timeout: ZDuration.optional() })
    .default({}),
  scrape_configs: z.array(ZScrapeConfig).default([]),
});

export type ScrapeTarget = {
  job: string;
  instance: string;
  url: string;
  intervalMs: number;
  timeoutMs: number;
  honorLabels: boolean;
  sampleLimit: number;
  bodySizeLimit: number;
  fallbackProtocol?: 'prometheus' | 'openmetrics';
  platformHint?: string;
  labels: Record<string, string>;
};

const DEFAULT_INTERVAL_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 10_000;

export const parseScrapeConfig = (text: string): ScrapeTarget[] => {
  const parsed = ZScrapeFile.safeParse(parse(text) ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`invalid scrape config: ${problems.join('; ')}`);
  }
  const { global, scrape_configs: jobs } = parsed.data;

  return jobs.flatMap((job) => {
    const intervalMs = job.scrape_interval ?? global.scrape_interval ?? DEFAULT_INTERVAL_MS;
    const timeoutMs = Math.min(
      job.scrape_timeout ?? global.scrape_timeout ?? DEFAULT_TIMEOUT_MS,
      intervalMs,
    );
    return job.static_configs.flatMap((group) =>
      group.targets.map((instance): ScrapeTarget => ({
        job: job.job_name,
        instance,
        url: `${job.scheme}://${instance}${job.metrics_path}`,
        intervalMs,
        timeoutMs,
        honorLabels: job.honor_labels,
        sampleLimit: job.sample_limit,
        bodySizeLimit: job.body_size_limit,
        fallbackProtocol:
          job.fallback_scrape_protocol === undefined
            ? undefined
            : job.fallback_scrape_protocol.startsWith('OpenMetrics')
              ? 'openmetrics'
              : 'prometheus',
        platformHint: job.platform,
        labels: group.labels,
      })),
    );
  });
};

export const loadScrapeConfig = async (path: string): Promise<ScrapeTarget[]> =>
  parseScrapeConfig(await readFile(path, 'utf8'));
