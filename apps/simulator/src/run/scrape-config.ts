import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { stringify } from 'yaml';

import type { ServedTarget } from './scrape-servers.ts';

/**
 * The collector's scrape configuration, in Prometheus `scrape_configs` form: one job per
 * exporter kind and platform, its `metrics_path`, the Fleetlens `platform:` hint, and per
 * target the node (and IoT paradigm) labels that relabeling would add.
 */
export const toScrapeConfig = (served: readonly ServedTarget[], intervalSeconds: number) => {
  const jobs = new Map<
    string,
    {
      path: string;
      platform: string;
      groups: { targets: string[]; labels: Record<string, string> }[];
    }
  >();
  for (const { target, port } of served) {
    const job = jobs.get(target.job) ?? {
      path: target.metricsPath,
      platform: target.platform,
      groups: [],
    };
    job.groups.push({ targets: [`127.0.0.1:${port}`], labels: { ...target.labels } });
    jobs.set(target.job, job);
  }

  return {
    global: {
      scrape_interval: `${intervalSeconds}s`,
      scrape_timeout: `${Math.min(10, intervalSeconds)}s`,
    },
    scrape_configs: [...jobs].map(([name, job]) => ({
      job_name: name,
      scrape_interval: `${intervalSeconds}s`,
      scrape_timeout: `${Math.min(10, intervalSeconds)}s`,
      metrics_path: job.path,
      platform: job.platform,
      static_configs: job.groups,
    })),
  };
};

export const writeScrapeConfig = async (
  path: string,
  served: readonly ServedTarget[],
  intervalSeconds: number,
): Promise<void> => {
  const header =
    '# Written by the Fleetlens simulator. Point the collector at it with FLEETLENS_SCRAPE_CONFIG.\n';
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, header + stringify(toScrapeConfig(served, intervalSeconds)));
};
