import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toKserveKpis } from './to-kserve.ts';

describe('toKserveKpis', () => {
  it('reads the predict histogram as latency and its count as requests', () => {
    const batch = toKserveKpis(
      parseFixture(`
# HELP request_predict_seconds predict latency
# TYPE request_predict_seconds histogram
request_predict_seconds_bucket{model_name="sklearn-iris",le="0.005"} 50
request_predict_seconds_bucket{model_name="sklearn-iris",le="0.01"} 80
request_predict_seconds_bucket{model_name="sklearn-iris",le="+Inf"} 100
request_predict_seconds_sum{model_name="sklearn-iris"} 0.9
request_predict_seconds_count{model_name="sklearn-iris"} 100
# TYPE request_preprocess_seconds histogram
request_preprocess_seconds_bucket{model_name="sklearn-iris",le="+Inf"} 100
`),
      createContext({ job: 'kserve' }),
    );
    const model = { model: 'sklearn-iris' };
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      labels: model,
      count: 100,
      sum: 0.9,
      bounds: [0.005, 0.01],
      bucketCounts: [50, 30, 20],
    });
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: model, value: 100 }]);
    expect(batch.samples[0]?.resource.platform).toBe('kserve');
    expect(batch.unmapped).toEqual([
      { source: 'kserve', family: 'request_preprocess_seconds', count: 1 },
    ]);
  });
});
