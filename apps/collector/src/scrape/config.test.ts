import { describe, expect, it } from 'vitest';

import { parseDurationMs, parseScrapeConfig } from './config.ts';

describe('parseScrapeConfig', () => {
  it('expands static_configs into targets with Prometheus defaults and global overrides', () => {
    const targets = parseScrapeConfig(`
global:
  scrape_interval: 15s
scrape_configs:
  - job_name: dcgm
    platform: nvidia-dcgm-exporter
    static_configs:
      - targets: ['10.0.0.1:9400', '10.0.0.2:9400']
        labels: { cluster: edge-1 }
  - job_name: geth
    scrape_interval: 5s
    scrape_timeout: 30s
    metrics_path: /debug/metrics/prometheus
    honor_labels: true
    static_configs: [{ targets: ['127.0.0.1:6060'] }]
`);

    expect(targets).toHaveLength(3);
    expect(targets[0]).toMatchObject({
      job: 'dcgm',
      instance: '10.0.0.1:9400',
      url: 'http://10.0.0.1:9400/metrics',
      intervalMs: 15_000,
      timeoutMs: 10_000,
      honorLabels: false,
      platformHint: 'nvidia-dcgm-exporter',
      labels: { cluster: 'edge-1' },
    });
    // A timeout longer than the interval is cut to the interval, as Prometheus requires.
    expect(targets[2]).toMatchObject({
      url: 'http://127.0.0.1:6060/debug/metrics/prometheus',
      intervalMs: 5000,
      timeoutMs: 5000,
      honorLabels: true,
    });
  });

  it('names the offending field of an invalid file', () => {
    expect(() =>
      parseScrapeConfig('scrape_configs: [{ job_name: x, scrape_interval: soon }]'),
    ).toThrow(/scrape_interval/);
  });

  it('reads Prometheus durations', () => {
    expect([parseDurationMs('500ms'), parseDurationMs('1.5m'), parseDurationMs('2h')]).toEqual([
      500, 90_000, 7_200_000,
    ]);
  });
});
