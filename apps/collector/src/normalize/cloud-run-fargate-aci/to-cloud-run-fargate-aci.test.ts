import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import {
  createHistogram,
  createHistogramPoint,
  createMetricsRequest,
} from '../test-utils/otlp-fixture.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import {
  toManagedServerlessKpis,
  toManagedServerlessOtlpKpis,
} from './to-cloud-run-fargate-aci.ts';

describe('Cloud Run', () => {
  it('reads container startup latencies (ms) as cold startup_seconds', () => {
    const request = createMetricsRequest(
      {
        'cloud.platform': 'gcp_cloud_run',
        'cloud.region': 'europe-west1',
        'service.name': 'checkout',
      },
      [
        createHistogram('run.googleapis.com/container/startup_latencies', 'ms', [
          createHistogramPoint([100, 500, 1000, 5000], [0n, 3n, 5n, 2n, 0n], 9800),
        ]),
      ],
    );
    const batch = toManagedServerlessOtlpKpis(request, createContext({ source: 'otlp' }));
    expect(findHistogram(batch, 'startup_seconds')).toMatchObject({
      labels: { cold: 'true' },
      count: 10,
      sum: 9.8,
      bounds: [0.1, 0.5, 1, 5],
      bucketCounts: [0, 3, 5, 2, 0],
    });
    expect(batch.histograms[0]?.resource).toMatchObject({
      paradigm: 'serverless',
      platform: 'google-cloud-run',
      cluster: 'europe-west1',
      workload: 'checkout',
    });
  });

  it('reads Google Managed Prometheus request counts and 5xx errors', () => {
    const batch = toManagedServerlessKpis(
      parseFixture(`
# TYPE run_googleapis_com:request_count counter
run_googleapis_com:request_count{service_name="checkout",revision_name="checkout-00012-xyz",location="europe-west1",response_code="200",response_code_class="2xx"} 5400
run_googleapis_com:request_count{service_name="checkout",revision_name="checkout-00012-xyz",location="europe-west1",response_code="500",response_code_class="5xx"} 6
`),
      createContext(),
    );
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 5406 }]);
    expect(readSamples(batch, 'errors_total')).toEqual([{ labels: { reason: '5xx' }, value: 6 }]);
    expect(batch.samples[0]?.resource).toMatchObject({
      platform: 'google-cloud-run',
      workload: 'checkout',
      attributes: { 'cloud_run.revision': 'checkout-00012-xyz', 'cloud.region': 'europe-west1' },
    });
  });
});

describe('Fargate and ACI', () => {
  it('reads Container Insights memory in MiB and Azure Monitor memory in bytes', () => {
    const batch = toManagedServerlessKpis(
      parseFixture(`
MemoryUtilized{ClusterName="prod",ServiceName="api",TaskId="3f2a9c1e"} 512
MemoryUsage{containerGroup="batch-cg",containerName="worker"} 2.5e+08
CpuUtilized{ClusterName="prod",ServiceName="api",TaskId="3f2a9c1e"} 256
`),
      createContext(),
    );
    expect(batch.samples.map((s) => [s.resource.platform, s.resource.workload, s.value])).toEqual([
      ['aws-fargate', 'api', 536_870_912],
      ['azure-container-instances', 'batch-cg', 250_000_000],
    ]);
    expect(batch.unmapped).toEqual([{ source: 'fixture', family: 'CpuUtilized', count: 1 }]);
  });
});
