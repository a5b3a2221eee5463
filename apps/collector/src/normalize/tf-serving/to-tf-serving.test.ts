import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toTfServingKpis } from './to-tf-serving.ts';

const LATENCY = 'API="predict",entrypoint="REST",model_name="half_plus_two"';

describe('toTfServingKpis', () => {
  const batch = toTfServingKpis(
    parseFixture(`
# HELP :tensorflow:serving:request_count Total number of inference requests.
# TYPE :tensorflow:serving:request_count counter
:tensorflow:serving:request_count{model_name="half_plus_two",status="OK"} 4000
:tensorflow:serving:request_count{model_name="half_plus_two",status="INVALID_ARGUMENT"} 7
# HELP :tensorflow:serving:request_latency Distribution of wall time (in microseconds) for Tensorflow Serving request.
# TYPE :tensorflow:serving:request_latency histogram
:tensorflow:serving:request_latency_bucket{${LATENCY},le="10"} 100
:tensorflow:serving:request_latency_bucket{${LATENCY},le="100"} 3000
:tensorflow:serving:request_latency_bucket{${LATENCY},le="1000"} 3990
:tensorflow:serving:request_latency_bucket{${LATENCY},le="+Inf"} 4007
:tensorflow:serving:request_latency_sum{${LATENCY}} 412345
:tensorflow:serving:request_latency_count{${LATENCY}} 4007
`),
    createContext(),
  );

  it('counts all requests and the non-OK ones as errors by status', () => {
    const model = { model: 'half_plus_two' };
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: model, value: 4007 }]);
    expect(readSamples(batch, 'errors_total')).toEqual([
      { labels: { ...model, reason: 'INVALID_ARGUMENT' }, value: 7 },
    ]);
  });

  it('converts the µs latency histogram to seconds', () => {
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      labels: { model: 'half_plus_two' },
      count: 4007,
      sum: 0.412345,
      bounds: [0.00001, 0.0001, 0.001],
      bucketCounts: [100, 2900, 990, 17],
    });
    expect(batch.histograms[0]?.resource).toMatchObject({
      paradigm: 'ai_ml',
      platform: 'tensorflow-serving',
    });
  });
});
