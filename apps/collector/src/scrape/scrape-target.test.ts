import { describe, expect, it } from 'vitest';

import type { PromParseResult } from '../decode/types.ts';
import type { ScrapeTarget } from './config.ts';
import { applyTargetLabels } from './scrape-target.ts';

const target = (honorLabels: boolean): ScrapeTarget => ({
  job: 'dcgm',
  instance: '10.0.0.1:9400',
  url: 'http://10.0.0.1:9400/metrics',
  intervalMs: 15_000,
  timeoutMs: 10_000,
  honorLabels,
  sampleLimit: 0,
  bodySizeLimit: 0,
  labels: { cluster: 'edge-1' },
});

const scraped = (): PromParseResult => ({
  families: new Map(),
  samples: [
    {
      name: 'up_like',
      family: 'up_like',
      value: 1,
      labels: { job: 'impersonated', instance: 'other:1', gpu: '0' },
    },
  ],
});

describe('applyTargetLabels', () => {
  it('keeps the target identity and moves conflicting scraped labels to exported_*', () => {
    const result = scraped();
    applyTargetLabels(result, target(false));

    expect(result.samples[0]?.labels).toEqual({
      job: 'dcgm',
      instance: '10.0.0.1:9400',
      cluster: 'edge-1',
      gpu: '0',
      exported_job: 'impersonated',
      exported_instance: 'other:1',
    });
  });

  it('keeps the scraped labels when honor_labels is set', () => {
    const result = scraped();
    applyTargetLabels(result, target(true));

    expect(result.samples[0]?.labels).toMatchObject({ job: 'impersonated', instance: 'other:1' });
  });
});
