import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toMlflowKpis } from './to-mlflow.ts';

const GET = 'method="GET",mlflow_version="2.14.1",status="200"';

describe('toMlflowKpis', () => {
  it('reads the mlflow_-prefixed flask exporter metrics', () => {
    const batch = toMlflowKpis(
      parseFixture(`
# TYPE mlflow_http_request_duration_seconds histogram
mlflow_http_request_duration_seconds_bucket{le="0.005",${GET}} 30
mlflow_http_request_duration_seconds_bucket{le="0.01",${GET}} 45
mlflow_http_request_duration_seconds_bucket{le="+Inf",${GET}} 50
mlflow_http_request_duration_seconds_sum{${GET}} 0.31
mlflow_http_request_duration_seconds_count{${GET}} 50
# TYPE mlflow_http_request_total counter
mlflow_http_request_total{${GET}} 50
mlflow_http_request_total{method="POST",mlflow_version="2.14.1",status="500"} 2
`),
      createContext(),
    );
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      count: 50,
      sum: 0.31,
      bounds: [0.005, 0.01],
      bucketCounts: [30, 15, 5],
    });
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 52 }]);
    expect(readSamples(batch, 'errors_total')).toEqual([{ labels: { reason: '500' }, value: 2 }]);
    expect(batch.samples[0]?.resource).toMatchObject({
      paradigm: 'ai_ml',
      platform: 'mlflow',
      attributes: { 'mlflow.version': '2.14.1' },
    });
  });
});
